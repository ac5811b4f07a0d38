/**
 * Versioned schema migrations: every module owns a changelog for its own tables, and the kernel
 * applies it when the module's bundle starts, before any of its components can reach the database.
 * A module declares its changelog with {@link org.mosaiccrm.kernel.api.schema.CrmSchema} and its
 * components wait for its {@link org.mosaiccrm.kernel.api.schema.ModuleSchema} service.
 */
@Export
@Version("1.0.0")
package org.mosaiccrm.kernel.api.schema;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
