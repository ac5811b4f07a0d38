package org.mosaiccrm.kernel.impl.schema;

import liquibase.database.core.DerbyDatabase;

/**
 * Liquibase's Derby support with two corrections for an embedded database shared with the running CRM
 * (docs/stack.md #31): metadata lookups use names as they are, because Liquibase 4.29-4.33 escapes
 * {@code _} for a LIKE pattern in a way Derby does not read (every {@code CONTACTS_*} table was "missing"),
 * and closing never shuts the embedded engine down under the other modules.
 */
final class CrmDerbyDatabase extends DerbyDatabase {

    CrmDerbyDatabase() {
        setShutdownEmbeddedDerby(false);
    }

    @Override
    public String escapeForLike(String name) {
        return name;
    }
}
