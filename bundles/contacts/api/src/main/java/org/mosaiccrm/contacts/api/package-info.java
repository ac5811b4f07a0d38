/**
 * The contacts module's contract: the one customer record every department shares.
 * {@link org.mosaiccrm.contacts.api.ContactService} is the service; other modules add sections to
 * the 360° view through {@link org.mosaiccrm.contacts.api.CustomerViewContributor} and react to
 * {@link org.mosaiccrm.contacts.api.ContactsEvents}.
 */
@Export
@Version("2.2.0")
package org.mosaiccrm.contacts.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
