package org.mosaiccrm.notifications.impl.outbox;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;

import org.apache.aries.jpa.template.JpaTemplate;
import org.mosaiccrm.commons.jpa.JpaTransactions;
import org.mosaiccrm.kernel.api.audit.AuditAction;
import org.mosaiccrm.kernel.api.audit.AuditLog;
import org.mosaiccrm.kernel.api.audit.FieldChange;
import org.mosaiccrm.kernel.api.paging.Page;
import org.mosaiccrm.kernel.api.paging.PageRequest;
import org.mosaiccrm.kernel.api.problem.ConflictException;
import org.mosaiccrm.kernel.api.problem.FieldError;
import org.mosaiccrm.kernel.api.problem.NotFoundException;
import org.mosaiccrm.kernel.api.problem.ValidationException;
import org.mosaiccrm.kernel.api.security.CallerContext;
import org.mosaiccrm.notifications.api.Notification;
import org.mosaiccrm.notifications.api.NotificationQuery;
import org.mosaiccrm.notifications.api.NotificationRequest;
import org.mosaiccrm.notifications.api.NotificationState;
import org.mosaiccrm.notifications.api.Preview;
import org.mosaiccrm.notifications.api.Purpose;
import org.mosaiccrm.notifications.impl.NotificationSettings;
import org.mosaiccrm.notifications.impl.NotificationsModule;
import org.mosaiccrm.notifications.impl.consent.Consents;
import org.mosaiccrm.notifications.impl.persistence.MessageEntity;
import org.mosaiccrm.notifications.impl.recipients.Recipients;
import org.mosaiccrm.notifications.impl.smtp.SmtpSettings;
import org.mosaiccrm.notifications.impl.templates.TemplateStore;

/**
 * Writing to the outbox: a request is checked, its recipient looked up and its message rendered now, and the row is
 * written in the caller's transaction (joined when one runs), so that it exists exactly when the fact it tells
 * about committed. The sender ({@link OutboxSender}) does the rest.
 */
public final class Outbox {

    public static final String ENTITY = "notification";
    /** What erasure leaves in a message's subject and text. */
    public static final String ERASED = "(erased)";
    /** A customer's message written to another address than theirs (a ticket's requester): resent there too. */
    private static final String REQUESTED_ADDRESS = "recipient.address";
    /** Stands for the survey link in a stored message: the link is minted when the message leaves, and never stored. */
    public static final String SURVEY_MARK = "@@survey-link@@";
    private static final String TEMPLATE_ERROR = "the template cannot be rendered: ";
    private static final String SURVEY_SHOWN = "[survey link, made when the message is sent]";

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Outbox.class);

    private final JpaTemplate jpa;
    private final TemplateStore templates;
    private final Recipients recipients;
    private final AuditLog audit;
    private final CallerContext callers;
    private final Clock clock;
    private final Supplier<NotificationSettings> settings;

    public Outbox(JpaTemplate jpa, TemplateStore templates, Recipients recipients, AuditLog audit, CallerContext callers, Clock clock,
                  Supplier<NotificationSettings> settings) {
        this.jpa = jpa;
        this.templates = templates;
        this.recipients = recipients;
        this.audit = audit;
        this.callers = callers;
        this.clock = clock;
        this.settings = settings;
    }

    public Optional<Notification> enqueue(NotificationRequest request) {
        check(request);
        NotificationSettings now = settings.get();
        return JpaTransactions.required(jpa, em -> {
            Optional<MessageEntity> existing = byKey(em, request.idempotencyKey());
            if (existing.isPresent()) {
                return existing.map(MessageEntity::toNotification);
            }
            Map<String, String> data = new LinkedHashMap<>(request.data());
            data.put("links.portal", now.publicUrl() + "/crm/portal/");
            String address;
            String language;
            String notSendable = null;
            if (request.customerId() != null) {
                if (request.purpose() == Purpose.REMINDER && !Consents.optedIn(em, request.customerId())) {
                    return Optional.<Notification>empty();
                }
                // as the system: a portal customer's own request may not read their organization, the outbox must
                Recipients.Recipient recipient = callers.asSystem(() -> recipients.customer(request.customerId(), request.language(),
                        now.defaultLanguage()));
                recipient.fields().forEach(data::putIfAbsent);
                language = recipient.language();
                if (request.address() != null && sendable(request.address())) {
                    address = request.address(); // the customer's, written to the address they wrote from (a ticket's requester)
                    data.put(REQUESTED_ADDRESS, address);
                } else {
                    address = recipient.address();
                    notSendable = recipient.why();
                }
                if (request.purpose() == Purpose.REMINDER) {
                    data.put("links.unsubscribe", now.publicUrl() + "/crm/api/notifications/unsubscribe/" + Consents.token(em, request.customerId()));
                }
            } else {
                address = request.address();
                language = request.language() != null && TemplateStore.LANGUAGES.contains(request.language()) ? request.language()
                        : now.defaultLanguage();
                if (!sendable(address)) {
                    notSendable = "not an address the CRM can send to: " + abbreviate(address, 200);
                    address = null;
                }
            }
            MessageEntity message = new MessageEntity();
            message.id = UUID.randomUUID().toString();
            message.idempotencyKey = request.idempotencyKey();
            message.customerId = request.customerId();
            message.address = address;
            message.template = request.template();
            message.language = language;
            message.purpose = request.purpose();
            message.trigger = request.trigger() == null ? null : abbreviate(request.trigger(), 300);
            message.createdAt = clock.instant();
            message.messageId = "<" + message.id + "@" + now.smtp().messageIdDomain() + ">";
            if (SURVEY_MARK.equals(data.get("links.survey"))) {
                message.surveyTicketId = data.get("ticket.id");
            }
            message.data = MessageData.write(data);
            render(message, data);
            if (message.state == null) {
                message.state = notSendable == null ? NotificationState.QUEUED : NotificationState.NOT_SENDABLE;
                message.lastError = notSendable;
                message.nextAttemptAt = notSendable == null ? message.createdAt : null;
            }
            em.persist(message);
            audit.record(NotificationsModule.NAME, ENTITY, message.id, AuditAction.CREATE, List.of(
                    new FieldChange("template", null, message.template), new FieldChange("state", null, message.state.name()),
                    new FieldChange("trigger", null, message.trigger)));
            return Optional.of(message.toNotification());
        });
    }

    /** A template that does not render (an administrator's mistake) gives a FAILED message saying why: the fact still commits. */
    private void render(MessageEntity message, Map<String, String> data) {
        try {
            TemplateStore.Rendered rendered = templates.render(message.template, message.language, data);
            message.subject = abbreviate(rendered.subject(), 300);
            message.bodyText = rendered.text();
            message.bodyHtml = rendered.html();
        } catch (RuntimeException e) {
            // an administrator's template mistake must not fail the fact: the message waits FAILED, sent again once fixed
            LOG.warn("Template {}.{} cannot be rendered; notification {} is FAILED until it is fixed and sent again: {}", message.template,
                    message.language, message.id, e.getMessage());
            message.subject = message.template;
            message.bodyText = "";
            message.bodyHtml = "";
            message.state = NotificationState.FAILED;
            message.lastError = abbreviate(TEMPLATE_ERROR + e.getMessage(), 1000);
        }
    }

    private void check(NotificationRequest request) {
        List<FieldError> errors = new ArrayList<>();
        if (request.idempotencyKey() == null || request.idempotencyKey().isBlank()) {
            errors.add(new FieldError("idempotencyKey", "is required"));
        }
        FieldError.checkLength(errors, "idempotencyKey", request.idempotencyKey(), 200);
        FieldError.checkSingleLine(errors, "idempotencyKey", request.idempotencyKey());
        if (request.template() == null || !templates.knows(request.template())) {
            errors.add(new FieldError("template", "one of " + TemplateStore.NAMES));
        }
        if (request.purpose() == null) {
            errors.add(new FieldError("purpose", "TRANSACTIONAL, REMINDER or STAFF"));
        }
        if (request.customerId() == null && request.address() == null) {
            errors.add(new FieldError("customerId", "a customer, an address, or a customer and the address to write to"));
        }
        if (request.purpose() == Purpose.REMINDER && request.customerId() == null) {
            errors.add(new FieldError("customerId", "a reminder goes to a customer who consented, never to a bare address"));
        }
        FieldError.checkLength(errors, "address", request.address(), 320);
        request.data().forEach((key, value) -> {
            if (!key.matches("[A-Za-z][A-Za-z0-9]{0,31}(\\.[A-Za-z][A-Za-z0-9]{0,31}){0,3}")) {
                errors.add(new FieldError("data." + key, "names are letters and digits, dotted: order.number"));
            }
            FieldError.checkLength(errors, "data." + key, value, 10_000);
        });
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    public Notification get(String id) {
        return jpa.txExpr(em -> find(em, id).toNotification());
    }

    public Preview content(String id) {
        return jpa.txExpr(em -> {
            MessageEntity message = find(em, id);
            return new Preview(message.template, message.language, message.subject, message.bodyText.replace(SURVEY_MARK, SURVEY_SHOWN),
                    message.bodyHtml.replace(SURVEY_MARK, SURVEY_SHOWN));
        });
    }

    public Page<Notification> list(NotificationQuery query, PageRequest page) {
        return jpa.txExpr(em -> {
            String where = " WHERE 1 = 1" + (query.state() == null ? "" : " AND m.state = :state")
                    + (query.customerId() == null ? "" : " AND m.customerId = :customer")
                    + (query.template() == null ? "" : " AND m.template = :template");
            TypedQuery<MessageEntity> rows = em.createQuery("SELECT m FROM MessageEntity m" + where + " ORDER BY m.createdAt DESC, m.id",
                    MessageEntity.class);
            TypedQuery<Long> count = em.createQuery("SELECT COUNT(m) FROM MessageEntity m" + where, Long.class);
            for (TypedQuery<?> q : List.<TypedQuery<?>>of(rows, count)) {
                if (query.state() != null) {
                    q.setParameter("state", query.state());
                }
                if (query.customerId() != null) {
                    q.setParameter("customer", query.customerId());
                }
                if (query.template() != null) {
                    q.setParameter("template", query.template());
                }
            }
            List<Notification> items = rows.setFirstResult(page.offset()).setMaxResults(page.limit()).getResultList().stream()
                    .map(MessageEntity::toNotification).toList();
            return Page.of(items, count.getSingleResult(), page);
        });
    }

    /**
     * Back to QUEUED, now, with its attempts counted afresh; a customer's address is looked up again (unless it was
     * written to the address a ticket's requester used, which stays); an erased one is refused.
     */
    public Notification resend(String id) {
        NotificationSettings now = settings.get();
        return JpaTransactions.required(jpa, em -> {
            MessageEntity message = em.find(MessageEntity.class, id, javax.persistence.LockModeType.PESSIMISTIC_WRITE);
            if (message == null) {
                throw new NotFoundException("notification", id);
            }
            if (!message.state.resendable()) {
                throw new ConflictException("Notification " + id + " is " + message.state + ": only a FAILED, DEAD, NOT_SENDABLE or "
                        + "CANCELLED one is sent again.", Map.of("state", message.state, "allowed", List.of("FAILED", "DEAD", "NOT_SENDABLE", "CANCELLED")));
            }
            if (ERASED.equals(message.bodyText)) {
                throw new ConflictException("Notification " + id + " was erased with its customer: there is nothing left to send.",
                        Map.of("state", message.state));
            }
            boolean requested = message.data != null && MessageData.read(message.data).containsKey(REQUESTED_ADDRESS);
            if (message.customerId != null && !requested) { // the customer's address as it is now (staff may have fixed it)
                Recipients.Recipient recipient = recipients.customer(message.customerId, message.language, now.defaultLanguage());
                if (recipient.address() == null) {
                    throw new ConflictException("Still nobody to send it to: " + recipient.why() + ".", Map.of("state", message.state));
                }
                message.address = recipient.address();
            }
            if (message.address == null) {
                throw new ConflictException("Nobody to send it to: it was written for an address the CRM cannot send to"
                        + (message.lastError == null ? "" : " (" + message.lastError + ")") + ".", Map.of("state", message.state));
            }
            if (message.purpose == Purpose.REMINDER && message.customerId != null && !Consents.optedIn(em, message.customerId)) {
                throw new ConflictException("The customer does not accept reminders (any more): this one would be cancelled again.",
                        Map.of("state", message.state));
            }
            if (message.lastError != null && message.lastError.startsWith(TEMPLATE_ERROR)) {
                message.state = null;
                render(message, MessageData.read(message.data)); // the template as it is now
                if (message.state == NotificationState.FAILED) {
                    throw new ConflictException("Its template still cannot be rendered: " + message.lastError, Map.of("state", "FAILED"));
                }
                message.state = NotificationState.FAILED;
            }
            String before = message.state.name();
            message.state = NotificationState.QUEUED;
            message.attempts = 0;
            message.nextAttemptAt = clock.instant();
            message.lastError = null;
            audit.record(NotificationsModule.NAME, ENTITY, message.id, AuditAction.UPDATE, List.of(new FieldChange("state", before, "QUEUED")));
            return message.toNotification();
        });
    }

    /** What the SMTP server can be given: an address with one @ (an unusable one is NOT_SENDABLE, never a refused fact). */
    private static boolean sendable(String address) {
        try {
            SmtpSettings.address(address);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    static MessageEntity find(EntityManager em, String id) {
        MessageEntity message = id == null ? null : em.find(MessageEntity.class, id);
        if (message == null) {
            throw new NotFoundException("notification", id);
        }
        return message;
    }

    private static Optional<MessageEntity> byKey(EntityManager em, String key) {
        return em.createQuery("SELECT m FROM MessageEntity m WHERE m.idempotencyKey = :key", MessageEntity.class).setParameter("key", key)
                .getResultList().stream().findFirst();
    }

    public static String abbreviate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
