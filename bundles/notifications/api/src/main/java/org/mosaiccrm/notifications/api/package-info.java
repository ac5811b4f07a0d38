/**
 * Notifications: e-mail to customers and staff through a transactional outbox. A module (or a trigger of the
 * notifications module) asks for a notification inside the transaction of the fact it tells about; it exists if
 * and only if that fact committed, and a sender delivers it in the background. Its state is the truth:
 * {@link org.mosaiccrm.notifications.api.NotificationState#SENT} only once the SMTP server accepted it.
 */
@Export
@Version("1.0.0")
package org.mosaiccrm.notifications.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
