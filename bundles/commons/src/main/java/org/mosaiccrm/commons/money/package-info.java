/**
 * Money computed the same way by every module: the lines and totals of orders (inventory) and quotes (sales).
 */
@Export
@Version("1.0.0")
package org.mosaiccrm.commons.money;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
