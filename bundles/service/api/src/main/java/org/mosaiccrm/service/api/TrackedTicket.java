package org.mosaiccrm.service.api;

import java.time.Instant;
import java.util.List;

/** What tracking discloses to whoever knows a ticket's number and its requester's e-mail address. */
public record TrackedTicket(String number, String subject, TicketStatus status, String resolution, Instant createdAt,
                            Instant updatedAt, List<Reply> replies) {

    /** A public comment, without the agent's user name. */
    public record Reply(boolean fromCustomer, String text, Instant at) {
    }
}
