package org.mosaiccrm.service.api;

import java.time.Instant;

/**
 * A customer's request. {@code number} ({@code SR-<year>-<6 digits>}) is what the customer quotes;
 * {@code customerId} is null while a request from an unknown e-mail address waits to be linked.
 *
 * @param assignmentReason why the assignee (or the team queue) was chosen, in words
 * @param resolution       how it ended: {@code RESOLVED} by an agent, {@code DEFLECTED} by an article, or null
 */
public record Ticket(String id, long version, String number, String customerId, String requesterEmail, String requesterName,
                     String category, TicketChannel channel, TicketPriority priority, TicketStatus status, String subject,
                     String description, String language, String productSku, String orderId, String serialNumber,
                     String assignee, String team, String assignmentReason, boolean escalated, String escalationReason,
                     Sla sla, String resolution, Instant createdAt, String createdBy, Instant updatedAt, Instant resolvedAt,
                     Instant closedAt) {
}
