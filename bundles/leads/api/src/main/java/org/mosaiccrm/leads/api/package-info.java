/**
 * The leads module's contract: leads and their pipeline, tracked links, campaign and affiliate
 * figures ({@link org.mosaiccrm.leads.api.LeadService}), and {@link org.mosaiccrm.leads.api.LeadsEvents}.
 */
@Export
@Version("2.0.0")
package org.mosaiccrm.leads.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
