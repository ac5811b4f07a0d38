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

    /** Matching records, newest first. */
    Page<AuditRecord> find(AuditQuery query, PageRequest page);
}
