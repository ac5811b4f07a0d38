/**
 * Helpers for reports written as one SQL query on the module's own tables. Versioned with the reporting API.
 */
@Export
@Version("1.0.0")
package org.mosaiccrm.reporting.api.sql;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
