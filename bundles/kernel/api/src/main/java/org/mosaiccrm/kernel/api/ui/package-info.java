/**
 * What a module adds to the web desktop and the customer portal. A module registers a
 * {@link org.mosaiccrm.kernel.api.ui.ScreenContribution} service while it runs (so it requires what the
 * module's REST API requires, and goes with the module, its license and its bundle); the web shell reads
 * them at every navigation. The screens themselves are ES modules served from the module's own bundle
 * under {@link org.mosaiccrm.kernel.api.ui.ScreenContribution#ASSETS_BASE}{@code <module>/}. The contract
 * an ES module implements is in docs/web.md.
 */
@Export
@Version("1.0.0")
package org.mosaiccrm.kernel.api.ui;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
