package org.mosaiccrm.kernel.api.audit;

import java.time.Instant;

/** Which audit records to find; {@code null} members do not filter. {@code to} is exclusive. */
public record AuditQuery(String entityType, String entityId, String user, Instant from, Instant to) {

    public static AuditQuery all() {
        return new AuditQuery(null, null, null, null, null);
    }
}
