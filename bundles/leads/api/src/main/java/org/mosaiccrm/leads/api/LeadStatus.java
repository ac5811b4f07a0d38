package org.mosaiccrm.leads.api;

import java.util.EnumSet;
import java.util.Set;

/** The pipeline. A lead moves forward, may be disqualified from any open state, and reopened from there. */
public enum LeadStatus {
    NEW, CONTACTED, QUALIFIED,
    /** Only through conversion to a customer. */
    CONVERTED,
    /** Needs a reason. */
    DISQUALIFIED;

    /** The statuses a lead in this one may be moved to by a status change (conversion aside). */
    public Set<LeadStatus> next() {
        return switch (this) {
            case NEW -> EnumSet.of(CONTACTED, QUALIFIED, DISQUALIFIED);
            case CONTACTED -> EnumSet.of(QUALIFIED, DISQUALIFIED);
            case QUALIFIED -> EnumSet.of(CONTACTED, DISQUALIFIED);
            case DISQUALIFIED -> EnumSet.of(NEW);
            case CONVERTED -> EnumSet.noneOf(LeadStatus.class);
        };
    }

    /** A lead may be converted from these. */
    public boolean convertible() {
        return this == NEW || this == CONTACTED || this == QUALIFIED;
    }
}
