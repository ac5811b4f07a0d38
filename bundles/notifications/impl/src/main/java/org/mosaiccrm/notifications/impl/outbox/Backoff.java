package org.mosaiccrm.notifications.impl.outbox;

import java.time.Duration;

/** When to try again after a temporary failure: the first retry's wait, doubled each time, at most an hour. */
public final class Backoff {

    static final Duration LONGEST = Duration.ofHours(1);

    private Backoff() {
    }

    /** The wait after {@code attempts} failed attempts (1 or more). */
    public static Duration after(int attempts, Duration first) {
        int doublings = Math.min(Math.max(attempts, 1) - 1, 20);
        Duration wait = first.multipliedBy(1L << doublings);
        return wait.compareTo(LONGEST) > 0 ? LONGEST : wait;
    }
}
