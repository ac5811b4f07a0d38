/**
 * Phone numbers normalized the same way by every module (E.164 with libphonenumber), so that a
 * number typed in a web form, a CSV file or a telephony event is found wherever it is stored.
 */
@Export
@Version("1.1.0")
package org.mosaiccrm.commons.phone;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
