package org.mosaiccrm.kernel.api.audit;

import java.time.Instant;
import java.util.List;

/**
 * One recorded change.
 *
 * @param id         increasing with time
 * @param at         when
 * @param user       who ({@code system} for the CRM itself)
 * @param module     the module that made the change
 * @param entityType e.g. {@code customer}
 * @param entityId   the entity's id
 * @param action     what was done
 * @param changes    the fields that changed, with their old and new values
 */
public record AuditRecord(long id, Instant at, String user, String module, String entityType, String entityId,
                          AuditAction action, List<FieldChange> changes) {

    public AuditRecord {
        changes = changes == null ? List.of() : List.copyOf(changes);
    }
}
