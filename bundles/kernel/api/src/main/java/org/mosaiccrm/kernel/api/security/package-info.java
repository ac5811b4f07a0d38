/**
 * Who is calling. REST resources declare the roles they accept with {@code @RolesAllowed} (or
 * {@code @PermitAll} for the few public endpoints) and the kernel enforces them; services ask
 * {@link org.mosaiccrm.kernel.api.security.CallerContext} who the caller is, e.g. to scope a
 * portal customer to its own data or to sign an audit record.
 */
@Export
@Version("1.5.0")
package org.mosaiccrm.kernel.api.security;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
