package org.mosaiccrm.service.impl.tickets;

import java.util.HashMap;
import java.util.Map;

import org.mosaiccrm.service.api.ServiceEvents;
import org.mosaiccrm.service.impl.persistence.TicketEntity;
import org.osgi.service.event.Event;

/** The module's events about one ticket, published in the change's transaction (Event Admin hears them after the commit). */
public final class TicketEvents {

    private TicketEvents() {
    }

    public static Event of(String topic, TicketEntity ticket, Object... more) {
        Map<String, Object> properties = new HashMap<>();
        properties.put(ServiceEvents.TICKET_ID, ticket.id);
        properties.put(ServiceEvents.NUMBER, ticket.number);
        properties.put(ServiceEvents.CHANNEL, ticket.channel);
        properties.put(ServiceEvents.STATUS, ticket.status);
        putIfKnown(properties, ServiceEvents.CUSTOMER_ID, ticket.customerId);
        putIfKnown(properties, ServiceEvents.REQUESTER_EMAIL, ticket.requesterEmail);
        putIfKnown(properties, ServiceEvents.SUBJECT, ticket.subject);
        putIfKnown(properties, ServiceEvents.LANGUAGE, ticket.language);
        for (int i = 0; i + 1 < more.length; i += 2) {
            if (more[i + 1] != null) {
                properties.put((String) more[i], more[i + 1] instanceof Enum<?> e ? e.name() : more[i + 1].toString());
            }
        }
        return new Event(topic, properties);
    }

    private static void putIfKnown(Map<String, Object> properties, String name, String value) {
        if (value != null) {
            properties.put(name, value);
        }
    }
}
