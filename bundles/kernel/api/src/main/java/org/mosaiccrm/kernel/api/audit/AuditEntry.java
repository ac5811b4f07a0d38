package org.mosaiccrm.kernel.api.audit;

import java.util.List;

/** One change to record, for {@link AuditLog#recordAll}: what {@link AuditLog#record} takes, as a value. */
public record AuditEntry(String entityType, String entityId, AuditAction action, List<FieldChange> changes) {

    public AuditEntry {
        changes = changes == null ? List.of() : List.copyOf(changes);
    }
}
