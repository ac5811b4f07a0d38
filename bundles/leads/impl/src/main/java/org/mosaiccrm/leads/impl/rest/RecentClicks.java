package org.mosaiccrm.leads.impl.rest;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The clicks counted lately, by visitor (address and code), so that repeating one is not counted again. */
final class RecentClicks {

    static final Duration WINDOW = Duration.ofMinutes(30);
    private static final int MAX_VISITORS = 50_000;

    private record Counted(String target, Instant at) {
    }

    private final Clock clock;
    private final Map<String, Counted> clicks = new LinkedHashMap<>(1024, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Counted> eldest) {
            return size() > MAX_VISITORS;
        }
    };

    RecentClicks(Clock clock) {
        this.clock = clock;
    }

    /** The link's target when this visitor's click was counted within the window. */
    synchronized Optional<String> recent(String visitor) {
        Counted counted = clicks.get(visitor);
        return counted != null && counted.at().plus(WINDOW).isAfter(clock.instant()) ? Optional.of(counted.target())
                : Optional.empty();
    }

    synchronized String remember(String visitor, String target) {
        clicks.put(visitor, new Counted(target, clock.instant()));
        return target;
    }
}
