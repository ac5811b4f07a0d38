/**
 * JPA helpers every module's persistence unit lists: {@link org.mosaiccrm.commons.jpa.InstantConverter}
 * stores {@code java.time.Instant} (which JPA 2.2 does not map) as a TIMESTAMP; every entity names
 * {@link org.mosaiccrm.commons.jpa.ColumnLimits} as its listener, so no value overflows its column.
 */
@Export
@Version("1.3.0")
package org.mosaiccrm.commons.jpa;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
