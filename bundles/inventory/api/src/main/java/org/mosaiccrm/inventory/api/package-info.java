/**
 * The inventory module's published API: what other bundles (and integrators) may use. Semantic
 * versioning: a change that breaks callers bumps the major version, an addition the minor one;
 * the build's baseline check refuses a change made without its bump.
 */
@Export
@Version("1.3.0")
package org.mosaiccrm.inventory.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
