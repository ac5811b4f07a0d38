package org.mosaiccrm.kernel.api.events;

import org.osgi.annotation.versioning.ProviderType;
import org.osgi.service.event.Event;

/** Publishes an event that belongs to the caller's transaction (see the package's description). */
@ProviderType
public interface TransactionalEvents {

    /**
     * Gives {@code event} now to the {@link TransactionalEventHandler}s of its topic, in the caller's thread and
     * transaction (a handler that throws fails the caller's change), and posts it to Event Admin after the
     * transaction commits (never when it rolls back). Without a transaction both happen at once.
     */
    void publish(Event event);
}
