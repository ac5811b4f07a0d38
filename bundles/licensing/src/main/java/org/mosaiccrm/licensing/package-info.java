/**
 * Mosaic CRM licenses: a small JSON document signed with Ed25519 by a vendor key.
 * {@link org.mosaiccrm.licensing.VendorKeys} makes and reads keys, {@link org.mosaiccrm.licensing.LicenseSigner}
 * signs, {@link org.mosaiccrm.licensing.LicenseVerifier} checks a file against trusted keys and says
 * exactly what is wrong with it.
 */
@Export
@Version("1.1.0")
package org.mosaiccrm.licensing;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
