/**
 * Licensing as modules see it: the kernel registers one {@link org.mosaiccrm.kernel.api.licensing.LicensedFeature}
 * service per feature the license in force names, with the service property {@code crm.feature}.
 * A module's central service requires its feature, e.g.
 * {@code @Reference(target = "(crm.feature=contacts)") LicensedFeature license}, and everything else of
 * the module (REST resources, commands, screens) requires that service: the module's one gate.
 */
@Export
@Version("1.0.0")
package org.mosaiccrm.kernel.api.licensing;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
