package org.mosaiccrm.service.impl.tickets;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import javax.persistence.EntityManager;
import javax.persistence.LockModeType;

import org.mosaiccrm.commons.email.EmailAddresses;
import org.mosaiccrm.commons.jpa.JpaTransactions;
import org.mosaiccrm.kernel.api.audit.AuditAction;
import org.mosaiccrm.kernel.api.audit.FieldChange;
import org.mosaiccrm.kernel.api.problem.ConflictException;
import org.mosaiccrm.service.api.ArticleHit;
import org.mosaiccrm.service.api.CaptureAnswer;
import org.mosaiccrm.service.api.TicketStatus;
import org.mosaiccrm.service.api.TrackedTicket;
import org.mosaiccrm.service.impl.ServiceModule;
import org.mosaiccrm.service.impl.ServiceParts;
import org.mosaiccrm.service.impl.knowledge.KnowledgeBase;
import org.mosaiccrm.service.impl.persistence.CommentEntity;
import org.mosaiccrm.service.impl.persistence.TicketEntity;
import org.osgi.service.event.Event;

/**
 * The requester's side without an account: the web form's answer with suggested articles, tracking by
 * number and e-mail (both must match; a mismatch and an unknown number look the same), "this solved it",
 * and replies.
 */
public final class RequesterDesk {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(RequesterDesk.class);

    private final TicketDesk desk;
    private final TicketWork work;
    private final KnowledgeBase knowledge;
    private final ServiceParts parts;

    public RequesterDesk(TicketDesk desk, TicketWork work, KnowledgeBase knowledge) {
        this.desk = desk;
        this.work = work;
        this.knowledge = knowledge;
        this.parts = desk.parts();
    }

    public CaptureAnswer capture(org.mosaiccrm.service.api.TicketDraft draft) {
        TicketDesk.Opened opened = desk.open(draft);
        List<ArticleHit> suggestions;
        try {
            suggestions = suggest(opened.entity());
        } catch (RuntimeException e) {
            // the ticket is saved: it is answered without suggestions rather than with an error the form would retry
            LOG.warn("No suggestions for ticket {}: {}", opened.ticket().number(), e.toString());
            suggestions = List.of();
        }
        return new CaptureAnswer(opened.ticket().number(), opened.ticket().status().name(), suggestions);
    }

    /** The articles that may answer a ticket: its subject and description, in its language first. */
    public List<ArticleHit> suggest(TicketEntity ticket) {
        return suggest(ticket, parts.settings().get().suggestionCount());
    }

    public List<ArticleHit> suggest(TicketEntity ticket, int limit) {
        String text = ticket.subject + " " + (ticket.description == null ? "" : ticket.description);
        return knowledge.search(text.length() > 1000 ? text.substring(0, 1000) : text, ticket.language, limit);
    }

    public Optional<TrackedTicket> track(String number, String email) {
        return parts.jpa().txExpr(em -> matching(em, number, email, false).map(t -> tracked(em, t)));
    }

    public Optional<TrackedTicket> deflect(String number, String email, String articleId) {
        if (articleId == null || articleId.isBlank()) {
            throw new org.mosaiccrm.kernel.api.problem.ValidationException("articleId", "say which article solved it");
        }
        String title = knowledge.get(articleId).title(); // a published article, else 404
        List<Event> events = new ArrayList<>();
        Instant now = parts.clock().instant();
        Optional<TrackedTicket> answer = JpaTransactions.required(parts.jpa(), em -> matching(em, number, email, true).map(ticket -> {
            closeDeflected(em, ticket, title, now, events);
            events.forEach(parts.events()::publish);
            return tracked(em, ticket);
        }));
        return answer;
    }

    /** A portal customer's own ticket, closed by an article. */
    public org.mosaiccrm.service.api.Ticket deflectOwn(String ticketId, String articleId) {
        if (articleId == null || articleId.isBlank()) {
            throw new org.mosaiccrm.kernel.api.problem.ValidationException("articleId", "say which article solved it");
        }
        String title = knowledge.get(articleId).title();
        return work.change(ticketId, (em, ticket, now, events) -> closeDeflected(em, ticket, title, now, events));
    }

    private void closeDeflected(EntityManager em, TicketEntity ticket, String title, Instant now, List<Event> events) {
        TicketStatus status = TicketStatus.valueOf(ticket.status);
        if (status.isDone()) {
            throw new ConflictException("Ticket " + ticket.number + " is already " + status + ".",
                    java.util.Map.of("state", status.name(), "allowed", List.of()));
        }
        ticket.resolution = "DEFLECTED";
        TicketDesk.addComment(em, ticket, "customer", true, false, "This article solved it: " + title, now);
        work.moveTo(em, ticket, TicketStatus.CLOSED, now, events);
        parts.audit().record(ServiceModule.NAME, TicketDesk.ENTITY, ticket.id, AuditAction.UPDATE,
                List.of(new FieldChange("resolution", null, "DEFLECTED")));
    }

    public Optional<TrackedTicket> reply(String number, String email, String text) {
        String body = TicketRules.text(text, "text");
        List<Event> events = new ArrayList<>();
        Instant now = parts.clock().instant();
        Optional<TrackedTicket> answer = JpaTransactions.required(parts.jpa(), em -> matching(em, number, email, true).map(ticket -> {
            TicketStates.requireOpenForWork(TicketStatus.valueOf(ticket.status), "reply");
            work.requesterWrote(em, ticket, "customer", body, now, events);
            events.forEach(parts.events()::publish);
            return tracked(em, ticket);
        }));
        return answer;
    }

    /** The id of the ticket with this number and requester address, for the survey's link. */
    public Optional<String> matchingId(String number, String email) {
        return parts.jpa().txExpr(em -> matching(em, number, email, false).map(t -> t.id));
    }

    private static Optional<TicketEntity> matching(EntityManager em, String number, String email, boolean forUpdate) {
        if (number == null || email == null || number.length() > 20 || email.length() > 320) {
            return Optional.empty();
        }
        var query = em.createQuery("SELECT t FROM TicketEntity t WHERE t.number = :number", TicketEntity.class)
                .setParameter("number", number.trim().toUpperCase(Locale.ROOT));
        if (forUpdate) {
            query.setLockMode(LockModeType.PESSIMISTIC_WRITE);
        }
        Optional<TicketEntity> ticket = query.getResultStream().findFirst();
        String given = EmailAddresses.normalize(email).orElse("");
        String stored = ticket.map(t -> t.requesterEmail == null ? "" : t.requesterEmail).orElse("\u0000");
        // compared in constant time, and the same way whether the number exists or not
        boolean same = MessageDigest.isEqual(given.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8),
                stored.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
        return same && !given.isEmpty() ? ticket : Optional.empty();
    }

    private static TrackedTicket tracked(EntityManager em, TicketEntity ticket) {
        List<TrackedTicket.Reply> replies = em.createQuery("SELECT c FROM CommentEntity c WHERE c.ticketId = :ticket "
                        + "AND c.internal = :internal ORDER BY c.createdAt, c.id", CommentEntity.class)
                .setParameter("ticket", ticket.id).setParameter("internal", false).getResultList().stream()
                .map(c -> new TrackedTicket.Reply(c.fromCustomer, c.body, c.createdAt)).toList();
        return new TrackedTicket(ticket.number, ticket.subject, TicketStatus.valueOf(ticket.status), ticket.resolution,
                ticket.createdAt, ticket.updatedAt, replies);
    }
}
