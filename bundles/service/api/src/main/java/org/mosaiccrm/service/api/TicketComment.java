package org.mosaiccrm.service.api;

import java.time.Instant;

/**
 * A comment on a ticket. Internal ones are for staff only; the customer sees the public ones (portal,
 * tracking). {@code fromCustomer} is true for the customer's own replies.
 */
public record TicketComment(String id, String ticketId, String author, boolean fromCustomer, boolean internal, String text,
                            Instant at) {
}
