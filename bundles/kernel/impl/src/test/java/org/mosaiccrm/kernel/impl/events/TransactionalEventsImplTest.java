package org.mosaiccrm.kernel.impl.events;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.transaction.Status;
import javax.transaction.Synchronization;
import javax.transaction.TransactionSynchronizationRegistry;

import org.junit.Before;
import org.junit.Test;
import org.mosaiccrm.kernel.api.events.TransactionalEventHandler;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

/** In the transaction to its handlers; to Event Admin only once it committed, never for one that rolls back. */
public class TransactionalEventsImplTest {

    private static final String SHIPPED = "org/mosaiccrm/inventory/ORDER_SHIPPED";

    /** The transaction as the fake registry sees it: a key (null: none), a status, what was registered. */
    private Object transactionKey;
    private int status = Status.STATUS_NO_TRANSACTION;
    private final List<Synchronization> synchronizations = new ArrayList<>();
    private final List<String> posted = new ArrayList<>();
    private final List<String> handled = new ArrayList<>();
    private final List<String> ungot = new ArrayList<>();
    private TransactionalEventsImpl events;

    @Before
    public void kernel() {
        TransactionSynchronizationRegistry registry = proxy(TransactionSynchronizationRegistry.class, (method, args) -> switch (method) {
            case "getTransactionKey" -> transactionKey;
            case "getTransactionStatus" -> status;
            case "registerInterposedSynchronization" -> synchronizations.add((Synchronization) args[0]);
            default -> throw new UnsupportedOperationException(method);
        });
        EventAdmin eventAdmin = proxy(EventAdmin.class, (method, args) -> posted.add(((Event) args[0]).getTopic()));
        BundleContext context = proxy(BundleContext.class, (method, args) -> switch (method) {
            case "getService" -> (TransactionalEventHandler) event -> handled.add(reference(args[0]) + " " + event.getTopic());
            case "ungetService" -> ungot.add(reference(args[0]));
            default -> throw new UnsupportedOperationException(method);
        });
        events = new TransactionalEventsImpl(registry, eventAdmin, context);
    }

    @Test
    public void withoutATransactionTheHandlersAndEventAdminHearAtOnce() {
        events.addHandler(handler("notices", SHIPPED));
        events.publish(new Event(SHIPPED, Map.of()));
        assertEquals(List.of("notices " + SHIPPED), handled);
        assertEquals(List.of(SHIPPED), posted);
    }

    @Test
    public void inATransactionEventAdminHearsOnlyAfterTheCommit() {
        events.addHandler(handler("notices", SHIPPED));
        inTransaction();
        events.publish(new Event(SHIPPED, Map.of()));
        assertEquals("the handler writes in the fact's transaction", List.of("notices " + SHIPPED), handled);
        assertEquals("nobody else hears of it before the commit", List.of(), posted);
        synchronizations.forEach(sync -> sync.afterCompletion(Status.STATUS_COMMITTED));
        assertEquals(List.of(SHIPPED), posted);
    }

    @Test
    public void aTransactionThatRollsBackIsNeverAnnounced() {
        inTransaction();
        events.publish(new Event(SHIPPED, Map.of()));
        synchronizations.forEach(sync -> sync.afterCompletion(Status.STATUS_ROLLEDBACK));
        assertEquals(List.of(), posted);
    }

    @Test
    public void aTransactionAlreadyMarkedForRollbackIsNeverAnnouncedEither() {
        inTransaction();
        status = Status.STATUS_MARKED_ROLLBACK; // a nested failure a publisher caught: the fact will not commit
        events.publish(new Event(SHIPPED, Map.of()));
        assertEquals(List.of(), posted);
        assertTrue(synchronizations.isEmpty());
    }

    @Test
    public void aHandlerHearsOnlyItsTopicsAndNothingOnceItIsGone() {
        ServiceReference<TransactionalEventHandler> tickets = handler("tickets", "org/mosaiccrm/service/*");
        events.addHandler(tickets);
        events.publish(new Event(SHIPPED, Map.of()));
        events.publish(new Event("org/mosaiccrm/service/TICKET_OPENED", Map.of()));
        assertEquals(List.of("tickets org/mosaiccrm/service/TICKET_OPENED"), handled);
        events.removeHandler(tickets);
        assertEquals("the service fetched is given back", List.of("tickets"), ungot);
        events.publish(new Event("org/mosaiccrm/service/TICKET_OPENED", Map.of()));
        assertEquals(1, handled.size());
    }

    private void inTransaction() {
        transactionKey = new Object();
        status = Status.STATUS_ACTIVE;
    }

    @SuppressWarnings("unchecked")
    private static ServiceReference<TransactionalEventHandler> handler(String name, String topics) {
        return proxy(ServiceReference.class, (method, args) -> switch (method) {
            case "getProperty" -> TransactionalEventHandler.TOPICS.equals(args[0]) ? topics : null;
            case "toString" -> name;
            case "hashCode" -> name.hashCode();
            case "equals" -> args[0] != null && name.equals(args[0].toString());
            default -> throw new UnsupportedOperationException(method);
        });
    }

    private static String reference(Object reference) {
        return reference.toString();
    }

    private interface Answer {
        Object answer(String method, Object[] args);
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<?> type, Answer answer) {
        return (T) Proxy.newProxyInstance(TransactionalEventsImplTest.class.getClassLoader(), new Class<?>[] { type },
                (self, method, args) -> answer.answer(method.getName(), args));
    }
}
