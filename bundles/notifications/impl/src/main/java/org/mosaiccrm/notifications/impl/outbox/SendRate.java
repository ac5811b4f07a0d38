package org.mosaiccrm.notifications.impl.outbox;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;

/** At most {@code perMinute} messages in any minute: how many may go now. Used by the sender's one thread. */
final class SendRate {

    private static final Duration MINUTE = Duration.ofMinutes(1);
    private final ArrayDeque<Instant> sent = new ArrayDeque<>();

    int allowance(Instant now, int perMinute) {
        while (!sent.isEmpty() && !sent.peekFirst().isAfter(now.minus(MINUTE))) {
            sent.pollFirst();
        }
        return Math.max(0, perMinute - sent.size());
    }

    void sent(Instant at) {
        sent.addLast(at);
    }
}
