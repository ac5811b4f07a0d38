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

    static final String ERASED = Outbox.ERASED;
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(NotificationsPersonalData.class);

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
        if (customerId == null) {
            return;
        }
        for (int attempt = 1; ; attempt++) {
            try {
                erase(customerId.toString());
                return;
            } catch (RuntimeException e) {
                if (attempt == 3) {
                    LOG.error("The messages of deleted customer {} could not be cancelled and blanked (3 attempts): {}. "
                            + "crm:notification-list --customer {} shows them.", customerId, e.toString(), customerId);
                    return;
                }
            }
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

    /**
     * In bulk statements, without the rows' versions: the sender bumps them as it claims and sends, and an erasure must
     * not lose to it. A message being sent at this moment goes (it is in the server's hands); nothing is recorded over
     * the cancellation, and the fields the template was filled with go too.
     */
    @Override
    public int erase(String customerId) {
        return JpaTransactions.required(jpa, em -> {
            List<String> ids = em.createQuery("SELECT m.id FROM MessageEntity m WHERE m.customerId = :customer", String.class)
                    .setParameter("customer", customerId).getResultList();
            if (ids.isEmpty() && Consents.get(em, customerId).changedAt() == null) {
                return 0;
            }
            em.createQuery("UPDATE MessageEntity m SET m.state = :cancelled, m.nextAttemptAt = NULL, m.claimedBy = NULL, "
                            + "m.version = m.version + 1 WHERE m.customerId = :customer AND m.state IN :unsent")
                    .setParameter("cancelled", NotificationState.CANCELLED).setParameter("customer", customerId)
                    .setParameter("unsent", List.of(NotificationState.QUEUED, NotificationState.SENDING)).executeUpdate();
            em.createQuery("UPDATE MessageEntity m SET m.lastError = :erased WHERE m.customerId = :customer AND m.lastError IS NOT NULL")
                    .setParameter("erased", ERASED).setParameter("customer", customerId).executeUpdate();
            em.createQuery("UPDATE MessageEntity m SET m.address = NULL, m.subject = :erased, m.bodyText = :erased, m.bodyHtml = :erased, "
                            + "m.data = NULL, m.surveyTicketId = NULL, m.version = m.version + 1 WHERE m.customerId = :customer")
                    .setParameter("erased", ERASED).setParameter("customer", customerId).executeUpdate();
            ids.forEach(id -> audit.redact(NotificationsModule.NAME, Outbox.ENTITY, id));
            em.createQuery("DELETE FROM ConsentEntity c WHERE c.customerId = :customer").setParameter("customer", customerId).executeUpdate();
            return ids.size();
        });
    }

    private static List<MessageEntity> messages(javax.persistence.EntityManager em, String customerId) {
        return em.createQuery("SELECT m FROM MessageEntity m WHERE m.customerId = :customer ORDER BY m.createdAt", MessageEntity.class)
                .setParameter("customer", customerId).getResultList();
    }
}
