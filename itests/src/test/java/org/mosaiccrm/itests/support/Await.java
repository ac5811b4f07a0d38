package org.mosaiccrm.itests.support;

import java.time.Duration;
import java.util.function.Supplier;

/** Bounded polling: tests wait for a condition, never for a fixed time. */
public final class Await {

    private static final long POLL_MILLIS = 100;

    private Await() {
    }

    /** Polls until {@code probe} answers a value (not {@code null}) and returns it. */
    public static <T> T value(String what, Duration timeout, Supplier<T> probe) {
        java.util.concurrent.atomic.AtomicReference<T> found = new java.util.concurrent.atomic.AtomicReference<>();
        until(what, timeout, () -> {
            found.set(probe.get());
            return found.get() != null;
        });
        return found.get();
    }

    /** Polls until {@code condition} holds; fails with {@code what} and the last error after {@code timeout}. */
    public static void until(String what, Duration timeout, Supplier<Boolean> condition) {
        long deadline = System.nanoTime() + timeout.toNanos();
        RuntimeException last = null;
        while (System.nanoTime() < deadline) {
            try {
                if (Boolean.TRUE.equals(condition.get())) {
                    return;
                }
                last = null;
            } catch (RuntimeException e) {
                last = e;
            }
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting for " + what, e);
            }
        }
        throw new AssertionError("timed out after " + timeout.toSeconds() + " s waiting for " + what, last);
    }
}
