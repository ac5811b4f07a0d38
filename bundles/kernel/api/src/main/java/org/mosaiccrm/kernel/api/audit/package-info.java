/**
 * The audit trail: who changed what, when, field by field. Append-only, except that an erasure ({@code redact}) blanks the erased entity's values. A module records each
 * create, update, delete, merge and import through {@link org.mosaiccrm.kernel.api.audit.AuditLog}
 * inside the transaction of the change, so the record and the change commit or roll back together.
 */
@Export
@Version("1.2.0")
package org.mosaiccrm.kernel.api.audit;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
