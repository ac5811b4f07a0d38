package org.mosaiccrm.notifications.impl.triggers;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.mosaiccrm.kernel.api.events.TransactionalEventHandler;
import org.mosaiccrm.notifications.api.NotificationRequest;
import org.mosaiccrm.notifications.api.NotificationService;
import org.mosaiccrm.notifications.api.Purpose;
import org.mosaiccrm.notifications.impl.NotificationsConfig;
import org.mosaiccrm.notifications.impl.NotificationSettings;
import org.mosaiccrm.notifications.impl.outbox.Outbox;
import org.mosaiccrm.service.api.ServiceEvents;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;

/**
 * Keeps requesters informed of their tickets — opened, answered, resolved (with the survey's link) — and tells the
 * supervisors of an SLA breach or an escalation, each in the ticket's own transaction. Only the topics' and
 * properties' names come from the service API (constants).
 */
@Component(service = TransactionalEventHandler.class, configurationPid = NotificationsConfig.PID,
        property = { TransactionalEventHandler.TOPICS + "=" + ServiceEvents.TICKET_OPENED,
                TransactionalEventHandler.TOPICS + "=" + ServiceEvents.TICKET_ANSWERED,
                TransactionalEventHandler.TOPICS + "=" + ServiceEvents.TICKET_STATUS_CHANGED,
                TransactionalEventHandler.TOPICS + "=" + ServiceEvents.TICKET_ESCALATED,
                TransactionalEventHandler.TOPICS + "=" + ServiceEvents.SLA_BREACHED })
public class TicketNotices implements TransactionalEventHandler {

    private final NotificationService notifications;
    private volatile NotificationsConfig config;

    @Activate
    public TicketNotices(@Reference NotificationService notifications, NotificationsConfig config) {
        this.notifications = notifications;
        this.config = config;
    }

    @Modified
    void modified(NotificationsConfig changed) {
        this.config = changed;
    }

    @Override
    public void handle(Event event) {
        String topic = event.getTopic();
        Map<String, String> data = new LinkedHashMap<>();
        String ticketId = text(event, ServiceEvents.TICKET_ID);
        data.put("ticket.id", ticketId);
        data.put("ticket.number", text(event, ServiceEvents.NUMBER));
        OrderNotices.put(data, "ticket.subject", event.getProperty(ServiceEvents.SUBJECT));
        if (topic.equals(ServiceEvents.TICKET_ESCALATED) || topic.equals(ServiceEvents.SLA_BREACHED)) {
            alertSupervisors(event, data);
            return;
        }
        if (!config.ticketNotices()) {
            return;
        }
        String template;
        String key;
        if (topic.equals(ServiceEvents.TICKET_OPENED)) {
            template = "ticket-opened";
            key = "ticket-opened:" + ticketId;
        } else if (topic.equals(ServiceEvents.TICKET_ANSWERED)) {
            template = "ticket-answered";
            key = "ticket-answered:" + ticketId + ":" + UUID.randomUUID();
            Object answer = event.getProperty(ServiceEvents.COMMENT);
            OrderNotices.put(data, "ticket.answer", answer == null ? null : Outbox.abbreviate(answer.toString(), 10_000));
        } else if ("RESOLVED".equals(event.getProperty(ServiceEvents.STATUS))) {
            template = "ticket-resolved";
            key = "ticket-resolved:" + ticketId + ":" + UUID.randomUUID(); // reopened and resolved again: told again
            if (config.surveyAfterResolution()) {
                data.put("links.survey", Outbox.SURVEY_MARK);
            }
        } else {
            return;
        }
        String customerId = text(event, ServiceEvents.CUSTOMER_ID);
        String email = text(event, ServiceEvents.REQUESTER_EMAIL);
        String trigger = "ticket " + data.get("ticket.number") + " " + template.substring("ticket-".length());
        if (customerId != null) {
            // to the address the requester wrote from, when the ticket has one: a colleague's request is answered to them
            OrderNotices.enqueue(notifications, new NotificationRequest(key, customerId, email, template, null, Purpose.TRANSACTIONAL,
                    data, trigger));
        } else if (email != null) {
            // a requester the CRM does not know yet: their own address, in the ticket's language
            OrderNotices.enqueue(notifications, new NotificationRequest(key, null, email, template, text(event, ServiceEvents.LANGUAGE),
                    Purpose.TRANSACTIONAL, data, trigger));
        }
    }

    private void alertSupervisors(Event event, Map<String, String> data) {
        if (!config.supervisorAlerts() || "SLA_BREACH".equals(event.getProperty(ServiceEvents.TRIGGER))) {
            return; // an escalation by the breach itself: its SLA_BREACHED alert says it already, once is enough
        }
        boolean breach = event.getTopic().equals(ServiceEvents.SLA_BREACHED);
        boolean french = "fr".equals(config.defaultLanguage()); // staff read the default language
        String reason = breach
                ? (french ? "objectif SLA " + text(event, ServiceEvents.TARGET) + " manqué (échéance " + text(event, ServiceEvents.DUE) + ")"
                        : "SLA " + text(event, ServiceEvents.TARGET) + " missed (due " + text(event, ServiceEvents.DUE) + ")")
                : (french ? "escaladée : " : "escalated: ") + text(event, ServiceEvents.REASON);
        data.put("ticket.reason", Outbox.abbreviate(reason, 10_000));
        for (String address : NotificationSettings.supervisors(config.supervisorAddresses())) {
            OrderNotices.enqueue(notifications, NotificationRequest.toStaff((breach ? "sla-breach:" : "escalation:") + UUID.randomUUID(),
                    address, "supervisor-alert", data, Outbox.abbreviate("ticket " + data.get("ticket.number") + " " + reason, 300)));
        }
    }

    private static String text(Event event, String property) {
        Object value = event.getProperty(property);
        return value == null ? null : value.toString();
    }
}
