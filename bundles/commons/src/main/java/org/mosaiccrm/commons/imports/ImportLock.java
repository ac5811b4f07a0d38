package org.mosaiccrm.commons.imports;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

import org.mosaiccrm.kernel.api.problem.UnavailableException;

/**
 * One import at a time per module: an import decides "create or update" by looking up what earlier rows stored,
 * so two imports of one file side by side each created every record (4 parallel uploads stored 1,200 of 300).
 * The next import waits up to {@value #WAIT_SECONDS} s, then is told to come back (503), so that a request is not
 * held for a long job's whole length. One node: several (#21) need the database to refuse the duplicate.
 */
public final class ImportLock {

    static final int WAIT_SECONDS = 30;

    private final ReentrantLock lock = new ReentrantLock(true);
    private final String busy;

    /** @param busy what a caller is told when another import runs, e.g. "Another import of leads is running" */
    public ImportLock(String busy) {
        this.busy = busy;
    }

    /** Held until closed: {@code try (ImportLock.Held held = lock.acquire()) { ... }}. */
    public Held acquire() {
        try {
            if (lock.tryLock(WAIT_SECONDS, TimeUnit.SECONDS)) {
                return lock::unlock;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        throw new UnavailableException(busy);
    }

    /** The lock, while held. */
    @FunctionalInterface
    public interface Held extends AutoCloseable {
        @Override
        void close();
    }
}
