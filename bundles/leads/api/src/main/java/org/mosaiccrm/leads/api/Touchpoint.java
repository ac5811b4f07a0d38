package org.mosaiccrm.leads.api;

import java.time.Instant;

/** A human contact a rep logged: a call, a visit, a meeting, an e-mail. */
public record Touchpoint(String id, String leadId, Kind kind, Instant at, String user, String note) {

    public enum Kind {
        CALL, VISIT, MEETING, EMAIL
    }
}
