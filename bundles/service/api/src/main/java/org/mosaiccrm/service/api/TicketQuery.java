package org.mosaiccrm.service.api;

/** Which tickets a list shows; null parts do not filter. {@code open} means not resolved nor closed. */
public record TicketQuery(String customerId, String assignee, String team, TicketStatus status, Boolean open,
                          Boolean escalated, SlaState slaState, String category) {

    public static TicketQuery all() {
        return new TicketQuery(null, null, null, null, null, null, null, null);
    }

    public static TicketQuery openOf(String customerId) {
        return new TicketQuery(customerId, null, null, null, true, null, null, null);
    }

    /** The supervisor's queue: open escalated tickets. */
    public static TicketQuery escalations() {
        return new TicketQuery(null, null, null, null, true, true, null, null);
    }

    public TicketQuery withAssignee(String value) {
        return new TicketQuery(customerId, value, team, status, open, escalated, slaState, category);
    }

    public TicketQuery withStatus(TicketStatus value) {
        return new TicketQuery(customerId, assignee, team, value, open, escalated, slaState, category);
    }
}
