package org.mosaiccrm.notifications.api;

import java.time.Instant;

/**
 * Whether a customer accepts reminders (and anything promotional) by e-mail. Nobody has, until they say so.
 *
 * @param source how it was given or withdrawn: {@code staff:<user>}, {@code portal}, {@code unsubscribe-link}
 */
public record ReminderConsent(String customerId, boolean optedIn, Instant changedAt, String source) {
}
