package org.mosaiccrm.kernel.api.audit;

public enum AuditAction {
    CREATE, UPDATE, DELETE, MERGE, UNMERGE, IMPORT, LICENSE,
    /** Personal data erased on request (GDPR art. 17): earlier records of the entity keep their field names only. */
    ERASE,
    /** A module's configuration changed (its old and new values; secrets hidden). */
    CONFIGURE,
    /** A configuration the kernel refused: each key with the value and why; the module kept its last good one. */
    CONFIG_REFUSED
}
