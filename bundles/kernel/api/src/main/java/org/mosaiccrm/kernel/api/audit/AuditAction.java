package org.mosaiccrm.kernel.api.audit;

public enum AuditAction {
    CREATE, UPDATE, DELETE, MERGE, UNMERGE, IMPORT, LICENSE,
    /** Personal data erased on request (GDPR art. 17): earlier records of the entity keep their field names only. */
    ERASE
}
