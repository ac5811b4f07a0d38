/**
 * The kernel's contract with modules: a module registers a {@link org.mosaiccrm.kernel.api.ModuleDescriptor}
 * and the kernel reports its {@link org.mosaiccrm.kernel.api.ModuleStatus}; REST resources join the CRM
 * application through {@link org.mosaiccrm.kernel.api.CrmRest}.
 */
@Export
@Version("1.5.0")
package org.mosaiccrm.kernel.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
