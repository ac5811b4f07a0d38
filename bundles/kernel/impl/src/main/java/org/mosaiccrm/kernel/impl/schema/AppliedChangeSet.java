package org.mosaiccrm.kernel.impl.schema;

import java.time.Instant;

/** One row of a module's schema history ({@code <MODULE>_SCHEMA_LOG}). */
public record AppliedChangeSet(String id, String author, String file, Instant at, String outcome) {

    /** How people and commands name a change set: {@code file::id::author}, Liquibase's own identity. */
    public String key() {
        return file + "::" + id + "::" + author;
    }
}
