package org.mosaiccrm.notifications.impl.privacy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.aries.jpa.template.JpaTemplate;
import org.mosaiccrm.commons.jpa.JpaTransactions;
import org.mosaiccrm.contacts.api.PersonalDataHolder;
import org.mosaiccrm.kernel.api.audit.AuditLog;
import org.mosaiccrm.kernel.api.schema.ModuleSchema;
import org.mosaiccrm.notifications.api.NotificationState;
import org.mosaiccrm.notifications.impl.NotificationsModule;
import org.mosaiccrm.notifications.impl.consent.Consents;
import org.mosaiccrm.notifications.impl.outbox.Outbox;
import org.mosaiccrm.notifications.impl.persistence.MessageEntity;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import org.mosaiccrm.contacts.api.ContactsEvents;

/**
 * The notifications module's part of a customer's rights of access and erasure: the messages sent or to be sent to
 * them, and their consent to reminders. Erasure blanks the address, subject and text of every message (their template,
 * state and dates stay, so the outbox's figures do not change), cancels what had not gone yet, and forgets the consent.
 * A customer deleted in contacts is treated the same way: once the record is gone, erasure can no longer be asked for
 * it, so nothing of theirs may stay behind here, and nothing more is sent to them. Not gated by the license.
 */
@Component(service = { PersonalDataHolder.class, EventHandler.class },
        property = EventConstants.EVENT_TOPIC + "=" + ContactsEvents.DELETED)
public class NotificationsPersonalData implements PersonalDataHolder, EventHandler {

    static final String ERASED = "(erased)";

    private final JpaTemplate jpa;
    private final AuditLog audit;

    @Activate
    public NotificationsPersonalData(@Reference(target = "(osgi.unit.name=" + NotificationsModule.NAME + ")") JpaTemplate jpa,
                                     @Reference(target = NotificationsModule.SCHEMA_READY) ModuleSchema schema, @Reference AuditLog audit) {
        this.jpa = jpa;
        this.audit = audit;
    }

    @Override
    public void handleEvent(Event event) {
        Object customerId = event.getProperty(ContactsEvents.CUSTOMER_ID);
        if (customerId != null) {
            erase(customerId.toString());
        }
    }

    @Override
    public String module() {
        return NotificationsModule.NAME;
    }

    @Override
    public Map<String, Object> personalData(String customerId) {
        return JpaTransactions.required(jpa, em -> {
            Map<String, Object> held = new LinkedHashMap<>();
            List<MessageEntity> messages = messages(em, customerId);
            if (!messages.isEmpty()) {
                held.put("notifications", messages.stream().map(MessageEntity::toNotification).toList());
            }
            var consent = Consents.get(em, customerId);
            if (consent.changedAt() != null) {
                held.put("reminderConsent", consent);
            }
            return held;
        });
    }

    @Override
    public int erase(String customerId) {
        return JpaTransactions.required(jpa, em -> {
            List<MessageEntity> messages = messages(em, customerId);
            for (MessageEntity message : messages) {
                message.address = null;
                message.subject = ERASED;
                message.bodyText = ERASED;
                message.bodyHtml = ERASED;
                message.lastError = message.lastError == null ? null : ERASED;
                if (message.state == NotificationState.QUEUED || message.state == NotificationState.SENDING) {
                    message.state = NotificationState.CANCELLED; // a sender holding it then records nothing over it
                    message.nextAttemptAt = null;
                    message.claimedBy = null;
                }
                audit.redact(NotificationsModule.NAME, Outbox.ENTITY, message.id);
            }
            em.createQuery("DELETE FROM ConsentEntity c WHERE c.customerId = :customer").setParameter("customer", customerId).executeUpdate();
            em.flush();
            return messages.size();
        });
    }

    private static List<MessageEntity> messages(javax.persistence.EntityManager em, String customerId) {
        return em.createQuery("SELECT m FROM MessageEntity m WHERE m.customerId = :customer ORDER BY m.createdAt", MessageEntity.class)
                .setParameter("customer", customerId).getResultList();
    }
}
