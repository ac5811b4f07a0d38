package org.mosaiccrm.notifications.api;

import java.time.Instant;

/**
 * One message and what became of it.
 *
 * @param address       where it goes (null when {@link NotificationState#NOT_SENDABLE})
 * @param messageId     its Message-ID, the same on every attempt, so that a duplicate after a crash is recognisable
 * @param attempts      how many times it was handed to the SMTP server
 * @param lastError     the server's answer (or the connection's error) of the last failed attempt
 * @param nextAttemptAt when the sender tries again ({@link NotificationState#QUEUED})
 */
public record Notification(String id, long version, String idempotencyKey, String customerId, String address, String template,
                           String language, Purpose purpose, String subject, NotificationState state, int attempts,
                           String lastError, Instant nextAttemptAt, String messageId, String trigger, Instant createdAt,
                           Instant sentAt) {
}
