package org.mosaiccrm.service.impl.tickets;

import java.util.HashMap;
import java.util.Map;

import org.mosaiccrm.service.api.ServiceEvents;
import org.mosaiccrm.service.impl.persistence.TicketEntity;
import org.osgi.service.event.Event;

/** The module's events about one ticket, built in the transaction and posted after it commits. */
public final class TicketEvents {

    private TicketEvents() {
    }

    public static Event of(String topic, TicketEntity ticket, Object... more) {
        Map<String, Object> properties = new HashMap<>();
        properties.put(ServiceEvents.TICKET_ID, ticket.id);
        properties.put(ServiceEvents.NUMBER, ticket.number);
        properties.put(ServiceEvents.CHANNEL, ticket.channel);
        properties.put(ServiceEvents.STATUS, ticket.status);
        if (ticket.customerId != null) {
            properties.put(ServiceEvents.CUSTOMER_ID, ticket.customerId);
        }
        for (int i = 0; i + 1 < more.length; i += 2) {
            if (more[i + 1] != null) {
                properties.put((String) more[i], more[i + 1] instanceof Enum<?> e ? e.name() : more[i + 1].toString());
            }
        }
        return new Event(topic, properties);
    }
}
