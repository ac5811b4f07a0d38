package org.mosaiccrm.notifications.api;

/** Where a notification stands. */
public enum NotificationState {
    /** Waiting to be sent, or to be tried again after a temporary failure ({@code nextAttemptAt}). */
    QUEUED,
    /** Handed to the SMTP server right now (a crash here sends it again, with the same Message-ID). */
    SENDING,
    /** The SMTP server accepted it. */
    SENT,
    /** The SMTP server refused it for good (its answer in {@code lastError}); can be sent again by hand. */
    FAILED,
    /** Temporary failures every time, {@code maxAttempts} times: a dead letter, can be sent again by hand. */
    DEAD,
    /** Nobody to send it to: the customer has no e-mail address, nor their organization's main contact. */
    NOT_SENDABLE,
    /** Not sent on purpose: the customer withdrew their consent to reminders before it went. */
    CANCELLED;

    /** Whether a person may send it again. */
    public boolean resendable() {
        return this == FAILED || this == DEAD || this == NOT_SENDABLE || this == CANCELLED;
    }
}
