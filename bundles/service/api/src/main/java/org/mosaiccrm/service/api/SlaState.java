package org.mosaiccrm.service.api;

/** Where a ticket stands against its SLA, the worst of its running targets. */
public enum SlaState {
    /** Every running target has more than a quarter of its time left. */
    ON_TRACK,
    /** A target has used 75 % of its time. */
    WARNING,
    /** A target was missed. */
    BREACHED,
    /** Waiting on the customer: the resolution clock stands still. */
    PAUSED,
    /** Resolved or closed: the figures are final. */
    DONE
}
