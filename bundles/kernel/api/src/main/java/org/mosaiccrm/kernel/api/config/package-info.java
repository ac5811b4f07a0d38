/**
 * Configuration that cannot break a module: every change to a module's configuration is judged as a
 * whole by the kernel (the keys and types its metatype declares, then the module's own
 * {@link org.mosaiccrm.kernel.api.config.ConfigurationRules}) before any component sees it. A refused
 * change is reported (log, audit, {@code crm:modules}, health) and the module keeps its last good
 * configuration.
 */
@Export
@Version("1.0.0")
package org.mosaiccrm.kernel.api.config;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
