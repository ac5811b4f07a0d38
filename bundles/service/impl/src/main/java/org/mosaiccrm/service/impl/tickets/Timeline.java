package org.mosaiccrm.service.impl.tickets;

import org.mosaiccrm.contacts.api.Channel;
import org.mosaiccrm.contacts.api.ContactService;
import org.mosaiccrm.contacts.api.Direction;
import org.mosaiccrm.contacts.api.InteractionDraft;
import org.mosaiccrm.service.api.TicketChannel;
import org.mosaiccrm.service.impl.ServiceModule;
import org.mosaiccrm.service.impl.persistence.TicketEntity;

/** Writes a ticket's events to its customer's timeline (contacts), in the ticket's transaction. */
final class Timeline {

    private Timeline() {
    }

    static void write(ContactService contacts, TicketEntity ticket, Direction direction, String what, String summary) {
        if (ticket.customerId == null) {
            return; // an unknown requester: the timeline gets the ticket's story when it is linked
        }
        String subject = ticket.number + " " + what + ": " + ticket.subject;
        contacts.addInteraction(ticket.customerId, InteractionDraft.of(channel(ticket.channel), direction,
                        subject.length() > 200 ? subject.substring(0, 199) + "…" : subject)
                .withSummary(summary == null || summary.length() <= 2000 ? summary : summary.substring(0, 1999) + "…")
                .from(ServiceModule.NAME, ticket.id));
    }

    static Channel channel(String ticketChannel) {
        return switch (TicketChannel.valueOf(ticketChannel)) {
            case PHONE -> Channel.PHONE;
            case EMAIL -> Channel.EMAIL;
            case WEB_FORM, PORTAL -> Channel.WEB;
            case CHAT -> Channel.CHAT;
        };
    }
}
