package org.mosaiccrm.kernel.impl.health;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Karaf's "boot finished" comes before the JAX-RS whiteboard has built every module's application: for a
 * moment after it, a request may still meet a rebuild (503, Retry-After). Health says STARTING until the
 * whiteboard has been quiet for {@link #QUIET} after the boot, so that a load balancer or a script that waits
 * for UP is not answered 503 by its first write. Bounded by {@link #AT_MOST}; once settled, later changes (a
 * module installed by an admin) do not take the CRM out of service: each request then gets its own 503.
 */
final class BootSettling {

    static final Duration QUIET = Duration.ofSeconds(2);
    static final Duration AT_MOST = Duration.ofSeconds(60);

    private final Clock clock;
    private Instant lastChange;
    private Instant bootFinishedAt;
    private boolean settled;

    BootSettling(Clock clock) {
        this.clock = clock;
        this.lastChange = clock.instant();
    }

    /** The whiteboard applied a change (its runtime's service.changecount moved). */
    synchronized void whiteboardChanged() {
        lastChange = clock.instant();
    }

    /** Whether the boot's applications are all in place; {@code bootFinished} is Karaf's own signal. */
    synchronized boolean settled(boolean bootFinished) {
        if (settled) {
            return true;
        }
        if (!bootFinished) {
            return false;
        }
        Instant now = clock.instant();
        if (bootFinishedAt == null) {
            bootFinishedAt = now;
        }
        settled = !now.isBefore(lastChange.plus(QUIET)) || !now.isBefore(bootFinishedAt.plus(AT_MOST));
        return settled;
    }
}
