package org.mosaiccrm.notifications.api;

import java.util.List;

import org.mosaiccrm.kernel.api.paging.Page;
import org.mosaiccrm.kernel.api.paging.PageRequest;
import org.osgi.annotation.versioning.ProviderType;

/** Notifications through the outbox (see the package's description). */
@ProviderType
public interface NotificationService {

    /**
     * Writes the notification in the caller's transaction (joined when one runs), rendered now from its template;
     * the sender delivers it after the commit. The same idempotency key again returns the first one. A reminder
     * to a customer who has not opted in is not written (empty); a customer without any address gives a
     * {@link NotificationState#NOT_SENDABLE} one.
     */
    java.util.Optional<Notification> enqueue(NotificationRequest request);

    Notification get(String id);

    Page<Notification> list(NotificationQuery query, PageRequest page);

    /** The message as sent (or to be sent): subject, text and HTML; a survey link shows as a placeholder. */
    Preview content(String id);

    /** Queues a FAILED, DEAD, NOT_SENDABLE or CANCELLED notification again, now (recipient looked up anew). */
    Notification resend(String id);

    /** The template names, each available in French and English at least. */
    List<String> templates();

    /** A template rendered with sample data. */
    Preview preview(String template, String language);

    ReminderConsent reminderConsent(String customerId);

    ReminderConsent setReminderConsent(String customerId, boolean optedIn);

    /** The link of a reminder's footer, followed without login: honoured at once. False when the token is not ours. */
    boolean unsubscribe(String token);
}
