/** Offset paging shared by every list endpoint: default 50 items, at most 500. */
@Export
@Version("1.0.0")
package org.mosaiccrm.kernel.api.paging;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
