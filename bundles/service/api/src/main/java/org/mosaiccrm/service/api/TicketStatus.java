package org.mosaiccrm.service.api;

/** Where a ticket is in its life; {@code WAITING_ON_CUSTOMER} pauses its SLA clock. */
public enum TicketStatus {
    NEW, ASSIGNED, IN_PROGRESS, WAITING_ON_CUSTOMER, RESOLVED, CLOSED;

    /** Resolved or closed: no SLA clock runs, no agent's load counts it. */
    public boolean isDone() {
        return this == RESOLVED || this == CLOSED;
    }
}
