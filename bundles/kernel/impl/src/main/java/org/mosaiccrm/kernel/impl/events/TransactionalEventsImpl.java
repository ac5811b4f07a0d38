package org.mosaiccrm.kernel.impl.events;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.transaction.Status;
import javax.transaction.Synchronization;
import javax.transaction.TransactionSynchronizationRegistry;

import org.mosaiccrm.kernel.api.events.TransactionalEventHandler;
import org.mosaiccrm.kernel.api.events.TransactionalEvents;
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

    private record Registered(TransactionalEventHandler handler, TopicFilter topics) {
    }

    private final TransactionSynchronizationRegistry transactions;
    private final EventAdmin eventAdmin;
    private final List<Registered> handlers = new CopyOnWriteArrayList<>();

    @Activate
    public TransactionalEventsImpl(@Reference TransactionSynchronizationRegistry transactions,
                                   @Reference EventAdmin eventAdmin) {
        this.transactions = transactions;
        this.eventAdmin = eventAdmin;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addHandler(TransactionalEventHandler handler, Map<String, Object> properties) {
        handlers.add(new Registered(handler, TopicFilter.of(properties.get(TransactionalEventHandler.TOPICS))));
    }

    void removeHandler(TransactionalEventHandler handler) {
        handlers.removeIf(registered -> registered.handler() == handler);
    }

    @Override
    public void publish(Event event) {
        for (Registered registered : handlers) {
            if (registered.topics().matches(event.getTopic())) {
                registered.handler().handle(event);
            }
        }
        if (transactions.getTransactionKey() == null || transactions.getTransactionStatus() != Status.STATUS_ACTIVE) {
            eventAdmin.postEvent(event);
            return;
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
