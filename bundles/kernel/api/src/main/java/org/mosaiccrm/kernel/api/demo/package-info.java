/**
 * Demo data: each module contributes its part of the data set a newcomer sees (customers, leads, orders,
 * tickets...) as a {@link org.mosaiccrm.kernel.api.demo.DemoData} service, loaded through the module's own
 * API. The kernel loads every part once, on the first start under the demo license, and
 * {@code crm:demo-data} loads them on demand into modules that hold no data.
 */
@Export
@Version("1.0.0")
package org.mosaiccrm.kernel.api.demo;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
