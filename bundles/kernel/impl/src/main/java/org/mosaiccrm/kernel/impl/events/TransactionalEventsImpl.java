package org.mosaiccrm.kernel.impl.events;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.transaction.Status;
import javax.transaction.Synchronization;
import javax.transaction.TransactionSynchronizationRegistry;

import org.mosaiccrm.kernel.api.events.TransactionalEventHandler;
import org.mosaiccrm.kernel.api.events.TransactionalEvents;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

/** Hands a fact to in-transaction handlers now and to Event Admin after the commit. */
@Component(service = TransactionalEvents.class)
public class TransactionalEventsImpl implements TransactionalEvents {

    /** A handler is fetched when a fact of its topics is first published, not when it registers: the handlers need
     * the services that publish (a notification trigger needs the outbox, which publishes), and an eager fetch at
     * registration would be a cycle. */
    private static final class Registered {
        final ServiceReference<TransactionalEventHandler> reference;
        final TopicFilter topics;
        // fetched once (a delayed component ungot after each use would be deactivated and built again every time)
        volatile TransactionalEventHandler handler;
        boolean removed; // under the monitor: no fetch after the service went

        Registered(ServiceReference<TransactionalEventHandler> reference) {
            this.reference = reference;
            this.topics = TopicFilter.of(reference.getProperty(TransactionalEventHandler.TOPICS));
        }
    }

    private final TransactionSynchronizationRegistry transactions;
    private final EventAdmin eventAdmin;
    private final BundleContext context;
    private final List<Registered> handlers = new CopyOnWriteArrayList<>();

    @Activate
    public TransactionalEventsImpl(@Reference TransactionSynchronizationRegistry transactions,
                                   @Reference EventAdmin eventAdmin, BundleContext context) {
        this.transactions = transactions;
        this.eventAdmin = eventAdmin;
        this.context = context;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, service = TransactionalEventHandler.class)
    void addHandler(ServiceReference<TransactionalEventHandler> reference) {
        handlers.add(new Registered(reference));
    }

    void removeHandler(ServiceReference<TransactionalEventHandler> reference) {
        for (Registered registered : handlers) {
            if (registered.reference.equals(reference)) {
                handlers.remove(registered);
                synchronized (registered) { // against a publish fetching it at this moment
                    registered.removed = true;
                    if (registered.handler != null) {
                        registered.handler = null;
                        context.ungetService(reference);
                    }
                }
            }
        }
    }

    @Override
    public void publish(Event event) {
        for (Registered registered : handlers) {
            if (registered.topics.matches(event.getTopic())) {
                TransactionalEventHandler handler = registered.handler;
                if (handler == null) {
                    synchronized (registered) {
                        if (registered.handler == null && !registered.removed) {
                            registered.handler = context.getService(registered.reference);
                        }
                        handler = registered.handler;
                    }
                }
                if (handler != null) { // null: unregistered meanwhile
                    handler.handle(event);
                }
            }
        }
        if (transactions.getTransactionKey() == null || transactions.getTransactionStatus() == Status.STATUS_NO_TRANSACTION) {
            eventAdmin.postEvent(event); // no transaction: the fact is written already
            return;
        }
        if (transactions.getTransactionStatus() != Status.STATUS_ACTIVE) {
            return; // marked for rollback (or ending): the fact will not commit, so nobody hears of it
        }
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    eventAdmin.postEvent(event);
                }
            }
        });
    }
}
