package org.mosaiccrm.kernel.api.audit;

public enum AuditAction {
    CREATE, UPDATE, DELETE, MERGE, UNMERGE, IMPORT, LICENSE
}
