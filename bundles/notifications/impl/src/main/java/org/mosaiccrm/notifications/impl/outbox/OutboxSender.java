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
 * wait after a temporary failure, DEAD after the last attempt. A claim is a lease: renewed while its batch is being
 * sent, taken back by any node once it has not been renewed for {@link #LEASE} (its node died), and by the same
 * installation at once when it starts again. A message taken back is sent once more under the same Message-ID.
 */
public final class OutboxSender implements AutoCloseable {

    /** What the gate does once a message is recorded SENT or failed for good: the timeline, the events. */
    public interface Outcomes {
        /** In the transaction that records it SENT. */
        void sent(MessageEntity message);

        /** In the transaction that records it FAILED or DEAD. */
        void failed(MessageEntity message);

        /** A sent message on its customer's timeline, in a batch's transaction. */
        void onTimeline(MessageEntity message);
    }

    private static final Logger LOG = LoggerFactory.getLogger(OutboxSender.class);
    private static final int BATCH = 100;
    /** Batches per round: then the timeline is written and the settings read again, however busy the queue. */
    private static final int BATCHES_PER_ROUND = 10;
    /** A claim not renewed for this long is a dead node's: any node takes it back. */
    static final Duration LEASE = Duration.ofMinutes(10);
    /** How often a live node renews the claims of the batch it is sending (a message takes 30 s at worst). */
    private static final Duration RENEWAL = Duration.ofMinutes(2);

    private final JpaTemplate jpa;
    private final javax.sql.DataSource dataSource;
    private final Supplier<NotificationSettings> settings;
    private final Function<String, Optional<String>> surveyLinks;
    private final Outcomes outcomes;
    private final Clock clock;
    private final SenderNode node;
    private final SendRate rate = new SendRate();
    private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "crm-notifications-sender");
        thread.setDaemon(true);
        return thread;
    });

    private SmtpTransport transport;
    private SmtpSettings transportSettings;
    private volatile boolean stopping;
    private Instant leasesCheckedAt = Instant.EPOCH;
    private Map<String, SeenClaim> seenClaims = new java.util.HashMap<>();

    /** {@code surveyLinks}: a fresh survey link for a ticket (empty when the service module is away). */
    public OutboxSender(JpaTemplate jpa, javax.sql.DataSource dataSource, Supplier<NotificationSettings> settings,
                        Function<String, Optional<String>> surveyLinks, Outcomes outcomes, Clock clock, SenderNode node) {
        this.jpa = jpa;
        this.dataSource = dataSource;
        this.settings = settings;
        this.surveyLinks = surveyLinks;
        this.outcomes = outcomes;
        this.clock = clock;
        this.node = node;
    }

    public void start(Duration pause) {
        worker.execute(this::takeBackEarlierStarts);
        worker.scheduleWithFixedDelay(this::drainSafely, 0, pause.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Sends now what is due (the tests' and the console's nudge); returns how many were handed to the server. */
    public int drainNow() throws Exception {
        return worker.submit(this::drain).get(5, TimeUnit.MINUTES);
    }

    @Override
    /**
     * Stops after the message in flight is recorded, the rest of its batch given back: the component that follows (the
     * module restarted, a configuration re-delivered) takes back this node's SENDING rows, which must then be dead ones.
     */
    public void close() {
        stopping = true;
        worker.shutdown();
        try {
            if (!worker.awaitTermination(35, TimeUnit.SECONDS)) {
                worker.shutdownNow();
            }
        } catch (InterruptedException e) {
            worker.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    /** Messages this installation was sending when it stopped (a crash, a restart of the module): sent again now. */
    private void takeBackEarlierStarts() {
        try {
            int taken = JpaTransactions.required(jpa, em -> em.createQuery("UPDATE MessageEntity m SET m.state = :queued, m.claimedBy = NULL, "
                            + "m.version = m.version + 1 WHERE m.state = :sending AND (m.claimedBy IS NULL "
                            + "OR (m.claimedBy LIKE :earlier AND m.claimedBy <> :me))")
                    .setParameter("queued", NotificationState.QUEUED).setParameter("sending", NotificationState.SENDING)
                    .setParameter("earlier", node.earlierStarts()).setParameter("me", node.id()).executeUpdate());
            if (taken > 0) {
                LOG.warn("{} notification(s) were being sent when the CRM stopped: they are sent again, with the same Message-ID", taken);
            }
        } catch (RuntimeException e) {
            LOG.warn("Could not take back the notifications left SENDING: {}", e.toString());
        }
    }

    /**
     * Claims whose lease ran out (their node died, or could not record an outcome): back to the queue. A lease is judged
     * by this node's own clock, never by comparing times written by other machines (their clocks, their time zones): a
     * claim whose {@code CLAIMED_AT} has not moved for {@link #LEASE} of our time is no longer renewed by anybody.
     * Looked at once a minute.
     */
    private void takeBackExpiredLeases() {
        Instant now = clock.instant();
        if (now.isBefore(leasesCheckedAt.plus(Duration.ofMinutes(1)))) {
            return;
        }
        leasesCheckedAt = now;
        // this node's own claims left between two rounds (this runs on the sender's one thread, no batch in flight): a SENT
        // that could not be recorded. Back to the queue now, sent again under the same Message-ID.
        int leftovers = JpaTransactions.required(jpa, em -> em.createQuery("UPDATE MessageEntity m SET m.state = :queued, "
                        + "m.claimedBy = NULL, m.version = m.version + 1 WHERE m.state = :sending AND m.claimedBy = :me")
                .setParameter("queued", NotificationState.QUEUED).setParameter("sending", NotificationState.SENDING)
                .setParameter("me", node.id()).executeUpdate());
        if (leftovers > 0) {
            LOG.warn("{} notification(s) whose delivery could not be recorded are sent again, with the same Message-ID", leftovers);
        }
        List<Object[]> claims = jpa.txExpr(em -> em.createQuery("SELECT m.id, m.claimedAt FROM MessageEntity m WHERE m.state = :sending "
                + "AND (m.claimedBy IS NULL OR m.claimedBy <> :me)", Object[].class).setParameter("sending", NotificationState.SENDING)
                .setParameter("me", node.id()).getResultList());
        Map<String, SeenClaim> seen = new java.util.HashMap<>();
        List<SeenClaim> expired = new java.util.ArrayList<>();
        for (Object[] claim : claims) {
            String id = (String) claim[0];
            Instant claimedAt = (Instant) claim[1];
            SeenClaim before = seenClaims.get(id);
            SeenClaim current = before != null && java.util.Objects.equals(before.claimedAt(), claimedAt) ? before
                    : new SeenClaim(id, claimedAt, now);
            seen.put(id, current);
            if (!now.isBefore(current.firstSeen().plus(LEASE))) {
                expired.add(current);
            }
        }
        seenClaims = seen; // claims that went (sent, released) are forgotten
        int taken = 0;
        for (SeenClaim claim : expired) {
            taken += JpaTransactions.required(jpa, em -> em.createQuery("UPDATE MessageEntity m SET m.state = :queued, m.claimedBy = NULL, "
                            + "m.version = m.version + 1 WHERE m.id = :id AND m.state = :sending AND m.claimedAt = :claimedAt")
                    .setParameter("queued", NotificationState.QUEUED).setParameter("id", claim.id())
                    .setParameter("sending", NotificationState.SENDING).setParameter("claimedAt", claim.claimedAt()).executeUpdate());
            seenClaims.remove(claim.id());
        }
        if (taken > 0) {
            LOG.warn("{} notification(s) claimed by a node that stopped renewing its claim are sent again, with the same Message-ID", taken);
        }
    }

    /** A claim of another node as this node saw it, and since when (by this node's clock) it has not changed. */
    private record SeenClaim(String id, Instant claimedAt, Instant firstSeen) {
    }

    /** Keeps this batch's remaining claims alive while they wait their turn. */
    private Instant renew(List<MessageEntity> remaining, Instant renewedAt) {
        Instant now = clock.instant();
        if (remaining.isEmpty() || now.isBefore(renewedAt.plus(RENEWAL))) {
            return renewedAt;
        }
        List<String> ids = remaining.stream().map(message -> message.id).toList();
        JpaTransactions.required(jpa, em -> em.createQuery("UPDATE MessageEntity m SET m.claimedAt = :now WHERE m.id IN :ids "
                        + "AND m.state = :sending AND m.claimedBy = :me")
                .setParameter("now", now).setParameter("ids", ids).setParameter("sending", NotificationState.SENDING)
                .setParameter("me", node.id()).executeUpdate());
        return now;
    }

    private void writeTimelineSafely() {
        try {
            writeTimeline();
        } catch (RuntimeException e) {
            LOG.warn("Sent notifications will go on the timeline at the next round: {}", e.toString());
        }
    }

    /** Sends what is due, then puts what went on the timeline: it never holds a message back. */
    private void drainSafely() {
        try {
            takeBackExpiredLeases();
            drain();
            writeTimelineSafely();
        } catch (RuntimeException e) {
            LOG.warn("The notifications sender will try again: {}", e.toString());
        }
    }

    /** Up to {@link #BATCHES_PER_ROUND} batches, each with the settings of its moment. */
    int drain() {
        int handed = 0;
        NotificationSettings first = settings.get();
        SmtpTransport smtp = transport(first.smtp());
        try (SmtpTransport.Connection connection = smtp.connect()) {
            for (int batch = 0; batch < BATCHES_PER_ROUND && !stopping && !Thread.currentThread().isInterrupted(); batch++) {
                NotificationSettings current = settings.get();
                if (!current.smtp().equals(first.smtp())) {
                    return handed; // a new server or password: the next round connects with it
                }
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
                List<MessageEntity> claimed = claim(due);
                Instant renewedAt = clock.instant();
                int next = 0;
                try (SentRecorder sent = new SentRecorder()) {
                    while (next < claimed.size() && !stopping) {
                        renewedAt = renew(claimed.subList(next, claimed.size()), renewedAt);
                        MessageEntity message = claimed.get(next++);
                        if (!sent.stillOurs(message.id)) {
                            continue; // cancelled meanwhile (an erasure, a withdrawn consent) or taken back: not ours to send
                        }
                        SmtpTransport.Outcome outcome = deliver(message, connection, sent, current);
                        handed++;
                        if (outcome instanceof SmtpTransport.Temporary temporary && temporary.unreachable()) {
                            return handed; // the server is away: the rest of the batch waits for the next round
                        }
                    }
                } finally {
                    // what was claimed and not handed to the server goes back, its attempts untouched
                    release(claimed.subList(next, claimed.size()));
                }
            }
        }
        return handed;
    }

    /**
     * Claims the due messages another node has not (QUEUED → SENDING, by this node, committed), in one transaction:
     * what is claimed and not yet sent when the node dies is sent once after its restart, never twice. A reminder whose
     * customer withdrew their consent meanwhile is cancelled here instead.
     */
    private List<MessageEntity> claim(List<String> ids) {
        // to the millisecond, which every database keeps exactly: the claim is read back by it
        Instant claimedAt = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        return JpaTransactions.required(jpa, em -> {
            em.createQuery("UPDATE MessageEntity m SET m.state = :sending, m.claimedAt = :now, m.claimedBy = :node, "
                            + "m.version = m.version + 1 WHERE m.id IN :ids AND m.state = :queued")
                    .setParameter("sending", NotificationState.SENDING).setParameter("now", claimedAt).setParameter("node", node.id())
                    .setParameter("ids", ids).setParameter("queued", NotificationState.QUEUED).executeUpdate();
            List<MessageEntity> claimed = new java.util.ArrayList<>();
            for (MessageEntity entity : em.createQuery("SELECT m FROM MessageEntity m WHERE m.id IN :ids AND m.state = :sending "
                            + "AND m.claimedBy = :node AND m.claimedAt = :now ORDER BY m.nextAttemptAt, m.id", MessageEntity.class)
                    .setParameter("ids", ids).setParameter("sending", NotificationState.SENDING).setParameter("node", node.id())
                    .setParameter("now", claimedAt).getResultList()) { // the bulk UPDATE invalidated the cached ones
                if (entity.purpose == Purpose.REMINDER && entity.customerId != null && !Consents.optedIn(em, entity.customerId)) {
                    entity.state = NotificationState.CANCELLED;
                    entity.nextAttemptAt = null;
                    entity.lastError = "the customer withdrew their consent to reminders before it was sent";
                    entity.claimedBy = null;
                    continue;
                }
                claimed.add(entity);
            }
            em.flush();
            claimed.forEach(em::detach);
            return claimed;
        });
    }

    private void release(List<MessageEntity> unsent) {
        if (unsent.isEmpty()) {
            return;
        }
        List<String> ids = unsent.stream().map(message -> message.id).toList();
        JpaTransactions.required(jpa, em -> em.createQuery("UPDATE MessageEntity m SET m.state = :queued, m.claimedBy = NULL, "
                        + "m.version = m.version + 1 WHERE m.id IN :ids AND m.state = :sending AND m.claimedBy = :node")
                .setParameter("queued", NotificationState.QUEUED).setParameter("ids", ids).setParameter("sending", NotificationState.SENDING)
                .setParameter("node", node.id()).executeUpdate());
    }

    private SmtpTransport.Outcome deliver(MessageEntity message, SmtpTransport.Connection connection, SentRecorder sent,
                                          NotificationSettings current) {
        String text = message.bodyText;
        String html = message.bodyHtml;
        if (message.surveyTicketId != null) {
            String link = surveyLink(message.surveyTicketId).map(path -> current.publicUrl() + path)
                    .orElse(current.publicUrl() + "/crm/portal/");
            text = text.replace(Outbox.SURVEY_MARK, link);
            html = html.replace(Outbox.SURVEY_MARK, link);
        }
        // the link the outbox wrote into the message's fields, never one read from the text (a customer's name is in it)
        String unsubscribe = message.purpose == Purpose.REMINDER && message.data != null
                ? MessageData.read(message.data).get("links.unsubscribe") : null;
        SmtpTransport.Outcome outcome;
        try {
            outcome = connection.send(new SmtpTransport.Outgoing(message.messageId, message.address, message.subject,
                    text, html, unsubscribe, clock.instant()));
        } catch (RuntimeException e) {
            // not handed to the server (a message the transport cannot write): FAILED saying why, the batch goes on
            LOG.warn("Notification {} cannot be sent", message.id, e);
            outcome = new SmtpTransport.Refused("not sent: " + e);
        }
        rate.sent(clock.instant());
        record(message, outcome, sent, current);
        return outcome;
    }

    /** The service module's fresh link, or none (away, or failing: the portal's address then, the message still goes). */
    private Optional<String> surveyLink(String ticketId) {
        try {
            return surveyLinks.apply(ticketId);
        } catch (RuntimeException e) {
            LOG.warn("No survey link for ticket {}: {}", ticketId, e.toString());
            return Optional.empty();
        }
    }

    /**
     * The outcome, before the next message goes: a crash can leave at most this one message sent and not recorded.
     * SENT is one UPDATE (its commit dominates the sender's pace); the timeline follows in batches ({@link #writeTimeline}).
     */
    private void record(MessageEntity message, SmtpTransport.Outcome outcome, SentRecorder sent, NotificationSettings current) {
        Instant now = clock.instant();
        if (outcome instanceof SmtpTransport.Accepted) {
            if (sent.record(message.id, now)) {
                outcomes.sent(message);
            } else {
                LOG.warn("Notification {} was sent while it was being cancelled (its customer erased): it stays CANCELLED", message.id);
            }
            return;
        }
        MessageEntity recorded = JpaTransactions.required(jpa, em -> {
            MessageEntity entity = em.find(MessageEntity.class, message.id);
            if (entity == null || entity.state != NotificationState.SENDING || !node.id().equals(entity.claimedBy)) {
                return null; // cancelled meanwhile (an erasure), or no longer ours: left as it is
            }
            entity.attempts++;
            entity.claimedBy = null;
            entity.lastError = Outbox.abbreviate(outcome.answer(), 1000);
            entity.nextAttemptAt = null;
            if (outcome instanceof SmtpTransport.Refused) {
                entity.state = NotificationState.FAILED;
            } else if (entity.attempts >= current.maxAttempts()) {
                entity.state = NotificationState.DEAD;
            } else {
                entity.state = NotificationState.QUEUED;
                entity.nextAttemptAt = now.plus(Backoff.after(entity.attempts, current.firstRetry()));
            }
            if (entity.state != NotificationState.QUEUED) {
                outcomes.failed(entity);
            }
            return entity;
        });
        if (recorded != null && recorded.state != NotificationState.QUEUED) {
            LOG.warn("Notification {} to {} is {}: {}", recorded.id, recorded.address, recorded.state, recorded.lastError);
        }
    }

    /**
     * SENT in one statement committed on its own: the sender's pace is this commit's, so it is plain JDBC in auto-commit
     * on one connection held for the batch, rather than a JTA transaction (whose begin, enlistment and two-phase end cost
     * several times the statement) or a connection borrowed from the pool for each message.
     */
    private final class SentRecorder implements AutoCloseable {

        private java.sql.Connection connection;
        private java.sql.PreparedStatement update;
        private java.sql.PreparedStatement ours;

        /** Whether the message is still SENDING under this node's claim: checked just before it goes. */
        boolean stillOurs(String id) {
            try {
                open();
                ours.setString(1, id);
                ours.setString(2, NotificationState.SENDING.name());
                ours.setString(3, node.id());
                try (java.sql.ResultSet row = ours.executeQuery()) {
                    return row.next();
                }
            } catch (java.sql.SQLException e) {
                close();
                throw new IllegalStateException("cannot check notification " + id + " before sending it: " + e.getMessage(), e);
            }
        }

        boolean record(String id, Instant now) {
            for (int attempt = 1; ; attempt++) {
                try {
                    open();
                    update.setString(1, NotificationState.SENT.name());
                    update.setTimestamp(2, java.sql.Timestamp.from(now));
                    update.setString(3, id);
                    update.setString(4, NotificationState.SENDING.name());
                    update.setString(5, node.id());
                    return update.executeUpdate() == 1;
                } catch (java.sql.SQLException e) {
                    close(); // a broken connection: once more on a fresh one
                    if (attempt == 2) {
                        // left SENDING: taken back when its lease ends (and sent again under its Message-ID), as after a crash
                        throw new IllegalStateException("notification " + id + " was sent but cannot be recorded SENT: " + e.getMessage(), e);
                    }
                }
            }
        }

        private void open() throws java.sql.SQLException {
            if (connection == null) {
                connection = dataSource.getConnection();
                connection.setAutoCommit(true);
                update = connection.prepareStatement("UPDATE NOTIFICATIONS_MESSAGE SET STATE = ?, SENT_AT = ?, ATTEMPTS = ATTEMPTS + 1, "
                        + "LAST_ERROR = NULL, NEXT_ATTEMPT_AT = NULL, CLAIMED_BY = NULL, VERSION = VERSION + 1 "
                        + "WHERE ID = ? AND STATE = ? AND CLAIMED_BY = ?");
                ours = connection.prepareStatement("SELECT 1 FROM NOTIFICATIONS_MESSAGE WHERE ID = ? AND STATE = ? AND CLAIMED_BY = ?");
            }
        }

        @Override
        public void close() {
            try {
                if (connection != null) {
                    connection.close();
                }
            } catch (java.sql.SQLException e) {
                LOG.debug("Closing the sender's connection: {}", e.toString());
            } finally {
                connection = null;
                update = null;
                ours = null;
            }
        }
    }

    /**
     * Puts sent messages on their customers' timelines, a batch per transaction, marking each: after a crash the
     * next round writes what is left, never twice. A batch that fails (a customer erased meanwhile) is written one by
     * one, and what contacts refuses is marked skipped (2) with a log line, so that it never blocks the others.
     */
    private void writeTimeline() {
        while (!Thread.currentThread().isInterrupted()) {
            List<String> pending = jpa.txExpr(em -> em.createQuery("SELECT m.id FROM MessageEntity m WHERE m.state = :sent "
                            + "AND m.onTimeline = 0 ORDER BY m.sentAt, m.id", String.class).setParameter("sent", NotificationState.SENT)
                    .setMaxResults(BATCH).getResultList());
            if (pending.isEmpty()) {
                return;
            }
            try {
                JpaTransactions.required(jpa, em -> {
                    pending.forEach(id -> onTimeline(em, id));
                    return null;
                });
            } catch (RuntimeException batchFailed) {
                for (String id : pending) {
                    try {
                        JpaTransactions.required(jpa, em -> {
                            onTimeline(em, id);
                            return null;
                        });
                    } catch (RuntimeException refused) {
                        LOG.warn("Notification {} cannot go on its customer's timeline: {}", id, refused.toString());
                        JpaTransactions.required(jpa, em -> em.createQuery("UPDATE MessageEntity m SET m.onTimeline = 2 WHERE m.id = :id")
                                .setParameter("id", id).executeUpdate());
                    }
                }
            }
            if (pending.size() < BATCH) {
                return;
            }
        }
    }

    private void onTimeline(javax.persistence.EntityManager em, String id) {
        MessageEntity message = em.find(MessageEntity.class, id);
        outcomes.onTimeline(message);
        message.onTimeline = 1;
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
