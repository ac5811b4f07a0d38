/**
 * The import machinery every module shares: {@link org.mosaiccrm.commons.imports.CsvRows} reads CSV
 * as people export it, {@link org.mosaiccrm.commons.imports.ImportTally} counts and reports rows by
 * line, {@link org.mosaiccrm.commons.imports.JpaBatchWriter} stores them a batch per transaction.
 * {@link org.mosaiccrm.commons.imports.TextUpload} spools an upload and settles its character set before any
 * row is read. A module supplies only its column mapping and how a row is stored.
 */
@Export
@Version("2.2.0")
package org.mosaiccrm.commons.imports;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
