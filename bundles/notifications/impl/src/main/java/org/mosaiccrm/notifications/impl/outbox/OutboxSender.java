package org.mosaiccrm.notifications.impl.outbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;

import org.apache.aries.jpa.template.JpaTemplate;
import org.mosaiccrm.commons.jpa.JpaTransactions;
import org.mosaiccrm.notifications.api.NotificationState;
import org.mosaiccrm.notifications.api.Purpose;
import org.mosaiccrm.notifications.impl.NotificationSettings;
import org.mosaiccrm.notifications.impl.consent.Consents;
import org.mosaiccrm.notifications.impl.persistence.MessageEntity;
import org.mosaiccrm.notifications.impl.smtp.SmtpSettings;
import org.mosaiccrm.notifications.impl.smtp.SmtpTransport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers the outbox in the background, one thread per node. A message is claimed (QUEUED → SENDING, by this node,
 * in its own committed transaction, so two nodes never send the same one), handed to the server, and its outcome
 * recorded: SENT only after the server accepted it, FAILED with the server's refusal, QUEUED again with a doubled
 * wait after a temporary failure, DEAD after the last attempt. A crash between sending and recording leaves it
 * SENDING: the node takes it back when it starts again and sends it once more under the same Message-ID.
 */
public final class OutboxSender implements AutoCloseable {

    /** What the gate does once a message is recorded SENT or failed for good: the timeline, the events. */
    public interface Outcomes {
        void sent(MessageEntity message);

        void failed(MessageEntity message);
    }

    private static final Logger LOG = LoggerFactory.getLogger(OutboxSender.class);
    private static final int BATCH = 100;
    /** A claim older than this, by another node, is that node's crash: the message goes back to the queue. */
    private static final Duration ABANDONED = Duration.ofMinutes(10);

    private final JpaTemplate jpa;
    private final Supplier<NotificationSettings> settings;
    private final Function<String, Optional<String>> surveyLinks;
    private final Outcomes outcomes;
    private final Clock clock;
    private final String node;
    private final SendRate rate = new SendRate();
    private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "crm-notifications-sender");
        thread.setDaemon(true);
        return thread;
    });
    private SmtpTransport transport;
    private SmtpSettings transportSettings;

    /** {@code surveyLinks}: a fresh survey link for a ticket (empty when the service module is away). */
    public OutboxSender(JpaTemplate jpa, Supplier<NotificationSettings> settings, Function<String, Optional<String>> surveyLinks,
                        Outcomes outcomes, Clock clock, String node) {
        this.jpa = jpa;
        this.settings = settings;
        this.surveyLinks = surveyLinks;
        this.outcomes = outcomes;
        this.clock = clock;
        this.node = node;
    }

    public void start(Duration pause) {
        worker.execute(this::takeBackAbandoned);
        worker.scheduleWithFixedDelay(this::drainSafely, 0, pause.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Sends now what is due (the tests' and the console's nudge); returns how many were handed to the server. */
    public int drainNow() throws Exception {
        return worker.submit(this::drain).get(5, TimeUnit.MINUTES);
    }

    @Override
    public void close() {
        worker.shutdownNow();
        try {
            worker.awaitTermination(35, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Messages this node was sending when it stopped (a crash), and other nodes' claims long abandoned. */
    private void takeBackAbandoned() {
        try {
            int taken = JpaTransactions.required(jpa, em -> em.createQuery("UPDATE MessageEntity m SET m.state = :queued, m.claimedBy = NULL, "
                            + "m.version = m.version + 1 WHERE m.state = :sending AND (m.claimedBy = :node OR m.claimedBy IS NULL OR m.claimedAt < :old)")
                    .setParameter("queued", NotificationState.QUEUED).setParameter("sending", NotificationState.SENDING)
                    .setParameter("node", node).setParameter("old", clock.instant().minus(ABANDONED)).executeUpdate());
            if (taken > 0) {
                LOG.warn("{} notification(s) were being sent when the CRM stopped: they are sent again, with the same Message-ID", taken);
            }
        } catch (RuntimeException e) {
            LOG.warn("Could not take back the notifications left SENDING: {}", e.toString());
        }
    }

    private void drainSafely() {
        try {
            drain();
        } catch (RuntimeException e) {
            LOG.warn("The notifications sender will try again: {}", e.toString());
        }
    }

    int drain() {
        int handed = 0;
        NotificationSettings current = settings.get();
        SmtpTransport smtp = transport(current.smtp());
        try (SmtpTransport.Connection connection = smtp.connect()) {
            while (!Thread.currentThread().isInterrupted()) {
                Instant now = clock.instant();
                int allowance = Math.min(BATCH, rate.allowance(now, current.maxPerMinute()));
                if (allowance == 0) {
                    return handed;
                }
                List<String> due = jpa.txExpr(em -> em.createQuery("SELECT m.id FROM MessageEntity m WHERE m.state = :queued "
                                + "AND m.nextAttemptAt <= :now ORDER BY m.nextAttemptAt, m.id", String.class)
                        .setParameter("queued", NotificationState.QUEUED).setParameter("now", now).setMaxResults(allowance).getResultList());
                if (due.isEmpty()) {
                    return handed;
                }
                for (String id : due) {
                    SmtpTransport.Outcome outcome = sendOne(id, connection, current);
                    if (outcome == null) {
                        continue;
                    }
                    handed++;
                    if (outcome instanceof SmtpTransport.Temporary && !(outcome.answer().startsWith("4"))) {
                        return handed; // the server is away: the rest waits for the next round, their attempts untouched
                    }
                }
            }
        }
        return handed;
    }

    /** Null when another node claimed it first, or it was cancelled. */
    private SmtpTransport.Outcome sendOne(String id, SmtpTransport.Connection connection, NotificationSettings current) {
        Instant claimedAt = clock.instant();
        MessageEntity message = JpaTransactions.required(jpa, em -> {
            int claimed = em.createQuery("UPDATE MessageEntity m SET m.state = :sending, m.claimedAt = :now, m.claimedBy = :node, "
                            + "m.version = m.version + 1 WHERE m.id = :id AND m.state = :queued")
                    .setParameter("sending", NotificationState.SENDING).setParameter("now", claimedAt).setParameter("node", node)
                    .setParameter("id", id).setParameter("queued", NotificationState.QUEUED).executeUpdate();
            if (claimed == 0) {
                return null;
            }
            MessageEntity entity = em.find(MessageEntity.class, id);
            em.refresh(entity);
            if (entity.purpose == Purpose.REMINDER && entity.customerId != null && !Consents.optedIn(em, entity.customerId)) {
                entity.state = NotificationState.CANCELLED;
                entity.lastError = "the customer withdrew their consent to reminders before it was sent";
                entity.claimedBy = null;
                return null;
            }
            em.detach(entity);
            return entity;
        });
        if (message == null) {
            return null;
        }
        String text = message.bodyText;
        String html = message.bodyHtml;
        if (message.surveyTicketId != null) {
            String link = surveyLinks.apply(message.surveyTicketId).map(token -> current.publicUrl() + token).orElse("");
            text = text.replace(Outbox.SURVEY_MARK, link.isEmpty() ? current.publicUrl() + "/crm/portal/" : link);
            html = html.replace(Outbox.SURVEY_MARK, link.isEmpty() ? current.publicUrl() + "/crm/portal/" : link);
        }
        String unsubscribe = message.purpose == Purpose.REMINDER ? unsubscribeLink(message.bodyText) : null;
        SmtpTransport.Outcome outcome = connection.send(new SmtpTransport.Outgoing(message.messageId, message.address, message.subject,
                text, html, unsubscribe, clock.instant()));
        rate.sent(clock.instant());
        record(message.id, outcome, current);
        return outcome;
    }

    private static String unsubscribeLink(String text) {
        int at = text.indexOf("/crm/api/notifications/unsubscribe/");
        if (at < 0) {
            return null;
        }
        int start = text.lastIndexOf("http", at);
        int end = at;
        while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
            end++;
        }
        return start < 0 ? null : text.substring(start, end);
    }

    private void record(String id, SmtpTransport.Outcome outcome, NotificationSettings current) {
        Instant now = clock.instant();
        MessageEntity recorded = JpaTransactions.required(jpa, em -> {
            MessageEntity message = em.find(MessageEntity.class, id);
            message.attempts++;
            message.claimedBy = null;
            if (outcome instanceof SmtpTransport.Accepted) {
                message.state = NotificationState.SENT;
                message.sentAt = now;
                message.lastError = null;
                message.nextAttemptAt = null;
            } else if (outcome instanceof SmtpTransport.Refused refused) {
                message.state = NotificationState.FAILED;
                message.lastError = Outbox.abbreviate(refused.answer(), 1000);
                message.nextAttemptAt = null;
            } else {
                message.lastError = Outbox.abbreviate(outcome.answer(), 1000);
                if (message.attempts >= current.maxAttempts()) {
                    message.state = NotificationState.DEAD;
                    message.nextAttemptAt = null;
                } else {
                    message.state = NotificationState.QUEUED;
                    message.nextAttemptAt = now.plus(Backoff.after(message.attempts, current.firstRetry()));
                }
            }
            if (message.state == NotificationState.SENT) {
                outcomes.sent(message);
            }
            return message;
        });
        if (recorded.state == NotificationState.FAILED || recorded.state == NotificationState.DEAD) {
            LOG.warn("Notification {} to {} is {}: {}", recorded.id, recorded.address, recorded.state, recorded.lastError);
            outcomes.failed(recorded);
        }
    }

    private SmtpTransport transport(SmtpSettings wanted) {
        if (transport == null || !wanted.equals(transportSettings)) {
            transport = new SmtpTransport(wanted);
            transportSettings = wanted;
        }
        return transport;
    }

    /** For the console: what waits, by state. */
    public Map<NotificationState, Long> counts() {
        return jpa.txExpr(em -> {
            Map<NotificationState, Long> counts = new java.util.EnumMap<>(NotificationState.class);
            for (Object[] row : em.createQuery("SELECT m.state, COUNT(m) FROM MessageEntity m GROUP BY m.state", Object[].class).getResultList()) {
                counts.put((NotificationState) row[0], (Long) row[1]);
            }
            return counts;
        });
    }
}
