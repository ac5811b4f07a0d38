/**
 * The sales module's published API: opportunities and their stages, activities, the forecast. Semantic
 * versioning: a change that breaks callers bumps the major version, an addition the minor one; the build's
 * baseline check refuses a change made without its bump.
 */
@Export
@Version("1.0.0")
package org.mosaiccrm.sales.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
