package org.mosaiccrm.notifications.impl.persistence;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EntityListeners;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Id;
import javax.persistence.Lob;
import javax.persistence.Table;
import javax.persistence.Version;

import org.mosaiccrm.commons.jpa.ColumnLimits;
import org.mosaiccrm.notifications.api.Notification;
import org.mosaiccrm.notifications.api.NotificationState;
import org.mosaiccrm.notifications.api.Purpose;

/** Table {@code NOTIFICATIONS_MESSAGE}: the outbox. */
@EntityListeners(ColumnLimits.class)
@Entity(name = "MessageEntity")
@Table(name = "NOTIFICATIONS_MESSAGE")
public class MessageEntity {

    @Id
    @Column(name = "ID", length = 36)
    public String id;

    @Version
    @Column(name = "VERSION", nullable = false)
    public long version;

    @Column(name = "IDEMPOTENCY_KEY", length = 200, nullable = false)
    public String idempotencyKey;

    @Column(name = "CUSTOMER_ID", length = 36)
    public String customerId;

    @Column(name = "ADDRESS", length = 320)
    public String address;

    @Column(name = "TEMPLATE", length = 64, nullable = false)
    public String template;

    @Column(name = "LANGUAGE", length = 2, nullable = false)
    public String language;

    @Enumerated(EnumType.STRING)
    @Column(name = "PURPOSE", length = 16, nullable = false)
    public Purpose purpose;

    @Column(name = "SUBJECT", length = 300, nullable = false)
    public String subject;

    @Lob
    @Column(name = "BODY_TEXT", nullable = false)
    public String bodyText;

    @Lob
    @Column(name = "BODY_HTML", nullable = false)
    public String bodyHtml;

    // the template's fields, to render it again after an administrator fixed a broken template
    @Lob
    @Column(name = "DATA_TEXT")
    public String data;

    @Column(name = "SURVEY_TICKET_ID", length = 36)
    public String surveyTicketId;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATE", length = 16, nullable = false)
    public NotificationState state;

    @Column(name = "ATTEMPTS", nullable = false)
    public int attempts;

    @Column(name = "LAST_ERROR", length = 1000)
    public String lastError;

    @Column(name = "NEXT_ATTEMPT_AT")
    public Instant nextAttemptAt;

    @Column(name = "CLAIMED_AT")
    public Instant claimedAt;

    @Column(name = "CLAIMED_BY", length = 100)
    public String claimedBy;

    @Column(name = "MESSAGE_ID", length = 200, nullable = false)
    public String messageId;

    @Column(name = "TRIGGER_TEXT", length = 300)
    public String trigger;

    // 0 or 1: a sent message is on its customer's timeline (written in batches after the sending)
    @Column(name = "ON_TIMELINE", nullable = false)
    public int onTimeline;

    @Column(name = "CREATED_AT", nullable = false)
    public Instant createdAt;

    @Column(name = "SENT_AT")
    public Instant sentAt;

    public Notification toNotification() {
        return new Notification(id, version, idempotencyKey, customerId, address, template, language, purpose, subject, state,
                attempts, lastError, nextAttemptAt, messageId, trigger, createdAt, sentAt);
    }
}
