package org.mosaiccrm.service.api;

/** How urgent a ticket is; each SLA policy has targets per priority. */
public enum TicketPriority {
    URGENT, HIGH, NORMAL, LOW
}
