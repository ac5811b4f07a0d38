package org.mosaiccrm.notifications.impl.consent;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import javax.persistence.EntityManager;
import javax.persistence.LockModeType;

import org.mosaiccrm.notifications.api.ReminderConsent;
import org.mosaiccrm.notifications.impl.persistence.ConsentEntity;
import org.mosaiccrm.notifications.impl.persistence.SecretEntity;

/**
 * Consent to reminders, and the unsubscribe links that withdraw it without a login: a link carries the customer's
 * id and an HMAC of it under the installation's key (kept in the database, the same on every node), so it cannot be
 * forged for another customer and needs nothing stored per message.
 */
public final class Consents {

    private static final String KEY_NAME = "unsubscribe-hmac";
    private static final Base64.Encoder URL = Base64.getUrlEncoder().withoutPadding();

    private Consents() {
    }

    public static ReminderConsent get(EntityManager em, String customerId) {
        ConsentEntity entity = em.find(ConsentEntity.class, customerId);
        return entity == null ? new ReminderConsent(customerId, false, null, null) : entity.toConsent();
    }

    public static boolean optedIn(EntityManager em, String customerId) {
        ConsentEntity entity = em.find(ConsentEntity.class, customerId);
        return entity != null && entity.optedIn == 1;
    }

    public static ReminderConsent set(EntityManager em, String customerId, boolean optedIn, String source, Instant now) {
        ConsentEntity entity = em.find(ConsentEntity.class, customerId, LockModeType.PESSIMISTIC_WRITE);
        if (entity == null) {
            entity = new ConsentEntity();
            entity.customerId = customerId;
            em.persist(entity);
        }
        entity.optedIn = optedIn ? 1 : 0;
        entity.changedAt = now;
        entity.source = source.length() > 160 ? source.substring(0, 160) : source;
        return entity.toConsent();
    }

    /** Consent withdrawn: the customer's reminders still waiting are cancelled at once (one being sent is checked too). */
    public static int cancelQueuedReminders(EntityManager em, String customerId) {
        return em.createQuery("UPDATE MessageEntity m SET m.state = :cancelled, m.nextAttemptAt = NULL, m.lastError = :why, "
                        + "m.version = m.version + 1 WHERE m.customerId = :customer AND m.purpose = :reminder AND m.state = :queued")
                .setParameter("cancelled", org.mosaiccrm.notifications.api.NotificationState.CANCELLED)
                .setParameter("why", "the customer withdrew their consent to reminders before it was sent")
                .setParameter("customer", customerId).setParameter("reminder", org.mosaiccrm.notifications.api.Purpose.REMINDER)
                .setParameter("queued", org.mosaiccrm.notifications.api.NotificationState.QUEUED).executeUpdate();
    }

    /** The token of a customer's unsubscribe link. */
    public static String token(EntityManager em, String customerId) {
        return URL.encodeToString(customerId.getBytes(StandardCharsets.UTF_8)) + "." + URL.encodeToString(mac(key(em), customerId));
    }

    /** The customer a token was made for, if it was made here. */
    public static Optional<String> customerOf(EntityManager em, String token) {
        int dot = token == null ? -1 : token.indexOf('.');
        if (dot <= 0 || token.length() > 200) {
            return Optional.empty();
        }
        try {
            String customerId = new String(Base64.getUrlDecoder().decode(token.substring(0, dot)), StandardCharsets.UTF_8);
            byte[] given = Base64.getUrlDecoder().decode(token.substring(dot + 1));
            return MessageDigest.isEqual(given, mac(key(em), customerId)) ? Optional.of(customerId) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static byte[] mac(byte[] key, String customerId) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            byte[] full = mac.doFinal(customerId.getBytes(StandardCharsets.UTF_8));
            return java.util.Arrays.copyOf(full, 16);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    private static byte[] key(EntityManager em) {
        SecretEntity secret = em.find(SecretEntity.class, KEY_NAME);
        if (secret == null) {
            byte[] fresh = new byte[32];
            new SecureRandom().nextBytes(fresh);
            secret = new SecretEntity();
            secret.name = KEY_NAME;
            secret.value = Base64.getEncoder().encodeToString(fresh);
            em.persist(secret);
            em.flush();
        }
        return Base64.getDecoder().decode(secret.value);
    }
}
