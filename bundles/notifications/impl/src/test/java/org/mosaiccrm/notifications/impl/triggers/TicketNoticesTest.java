package org.mosaiccrm.notifications.impl.triggers;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.Test;
import org.mosaiccrm.notifications.api.NotificationRequest;
import org.mosaiccrm.notifications.api.NotificationService;
import org.mosaiccrm.notifications.impl.NotificationsConfig;
import org.mosaiccrm.service.api.ServiceEvents;
import org.osgi.service.event.Event;

/** Who hears of a ticket: its requester where they wrote from, and the supervisors once per breach. */
public class TicketNoticesTest {

    private final List<NotificationRequest> written = new ArrayList<>();
    private final TicketNotices notices = new TicketNotices(service(), config(Map.of("supervisorAddresses",
            new String[] { "chef@crm.test, cheffe@crm.test" })));

    @Test
    public void aBreachThatEscalatesTheTicketAlertsEachSupervisorOnce() {
        notices.handle(ticketEvent(ServiceEvents.SLA_BREACHED, Map.of(ServiceEvents.TARGET, "FIRST_RESPONSE", ServiceEvents.DUE, "2026-12-04T10:00:00Z")));
        notices.handle(ticketEvent(ServiceEvents.TICKET_ESCALATED, Map.of(ServiceEvents.TRIGGER, "SLA_BREACH", ServiceEvents.REASON, "SLA missed")));
        assertEquals(List.of("chef@crm.test", "cheffe@crm.test"), written.stream().map(NotificationRequest::address).toList());
        assertEquals("supervisor-alert", written.get(0).template());
    }

    @Test
    public void anEscalationByHandAlertsTheSupervisors() {
        notices.handle(ticketEvent(ServiceEvents.TICKET_ESCALATED, Map.of(ServiceEvents.TRIGGER, "MANUAL", ServiceEvents.REASON, "client VIP")));
        assertEquals(2, written.size());
        assertEquals("worded in the staff's language (French by default)", "escaladée : client VIP",
                written.get(0).data().get("ticket.reason"));
    }

    @Test
    public void anEnglishSpeakingTeamReadsItsAlertsInEnglish() {
        TicketNotices english = new TicketNotices(service(), config(Map.of("defaultLanguage", "en",
                "supervisorAddresses", new String[] { "boss@crm.test" })));
        english.handle(ticketEvent(ServiceEvents.SLA_BREACHED, Map.of(ServiceEvents.TARGET, "RESOLUTION", ServiceEvents.DUE, "2026-12-04T10:00:00Z")));
        assertEquals("SLA RESOLUTION missed (due 2026-12-04T10:00:00Z)", written.get(0).data().get("ticket.reason"));
    }

    @Test
    public void aCustomersTicketIsAnsweredWhereTheRequesterWroteFrom() {
        notices.handle(ticketEvent(ServiceEvents.TICKET_OPENED, Map.of(ServiceEvents.CUSTOMER_ID, "c-1",
                ServiceEvents.REQUESTER_EMAIL, "collegue@client.test")));
        assertEquals(1, written.size());
        assertEquals("c-1", written.get(0).customerId());
        assertEquals("collegue@client.test", written.get(0).address());
    }

    @Test
    public void aTicketWithoutSubjectStillGetsItsNotice() {
        Map<String, Object> properties = new HashMap<>(Map.of(ServiceEvents.CUSTOMER_ID, "c-2"));
        notices.handle(ticketEvent(ServiceEvents.TICKET_OPENED, properties));
        assertEquals(1, written.size());
        assertNull(written.get(0).data().get("ticket.subject"));
    }

    private static Event ticketEvent(String topic, Map<String, Object> more) {
        Map<String, Object> properties = new HashMap<>(more);
        properties.put(ServiceEvents.TICKET_ID, "t-1");
        properties.put(ServiceEvents.NUMBER, "SR-2026-000001");
        return new Event(topic, properties);
    }

    private NotificationService service() {
        return (NotificationService) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] { NotificationService.class },
                (self, method, args) -> {
                    if (method.getName().equals("enqueue")) {
                        written.add((NotificationRequest) args[0]);
                        return Optional.empty();
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    /** The configuration's defaults, with {@code values} instead where given. */
    static NotificationsConfig config(Map<String, Object> values) {
        return (NotificationsConfig) Proxy.newProxyInstance(TicketNoticesTest.class.getClassLoader(), new Class<?>[] { NotificationsConfig.class },
                (self, method, args) -> values.containsKey(method.getName()) ? values.get(method.getName()) : method.getDefaultValue());
    }
}
