/**
 * The one contract of every import, whatever the module and the format: what it did, row by row
 * ({@link org.mosaiccrm.kernel.api.imports.ImportReport}), and how far it has got
 * ({@link org.mosaiccrm.kernel.api.imports.ImportProgress}). The machinery that produces it is in commons.
 */
@Export
@Version("1.2.0")
package org.mosaiccrm.kernel.api.imports;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
