package org.mosaiccrm.service.api;

/** The three clocks of a ticket's SLA. */
public enum SlaTarget {
    FIRST_RESPONSE, NEXT_RESPONSE, RESOLUTION
}
