package org.mosaiccrm.kernel.api.audit;

import java.util.List;

import org.mosaiccrm.kernel.api.paging.Page;
import org.mosaiccrm.kernel.api.paging.PageRequest;
import org.osgi.annotation.versioning.ProviderType;

/** The append-only audit trail. */
@ProviderType
public interface AuditLog {

    /**
     * Records a change by the current caller. Call it inside the change's transaction: the record
     * is written on the {@code crm} DataSource and so commits or rolls back with the change.
     */
    void record(String module, String entityType, String entityId, AuditAction action, List<FieldChange> changes);

    /** As {@link #record} for many changes at once (one batch of inserts): what an import's batch writes. */
    void recordAll(String module, List<AuditEntry> entries);

    /**
     * The right to erasure reaches the trail too: the values recorded for this entity are replaced
     * by {@link #ERASED}, the field names, actions, users and times stay (who changed what, when),
     * and an {@link AuditAction#ERASE} record is added. Call it inside the erasure's transaction.
     * The only change ever made to past records.
     */
    void redact(String module, String entityType, String entityId);

    /** What a redacted value reads. */
    String ERASED = "(erased)";

    /** Matching records, newest first. */
    Page<AuditRecord> find(AuditQuery query, PageRequest page);
}
