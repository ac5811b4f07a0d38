/** E-mail addresses normalized alike everywhere, so that a lead and a customer with the same address match. */
@Export
@Version("1.0.0")
package org.mosaiccrm.commons.email;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
