package org.mosaiccrm.service.impl.tickets;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.persistence.EntityManager;
import javax.persistence.LockModeType;
import javax.persistence.TypedQuery;

import org.mosaiccrm.commons.jpa.JpaTransactions;
import org.mosaiccrm.contacts.api.Customer;
import org.mosaiccrm.contacts.api.CustomerQuery;
import org.mosaiccrm.contacts.api.Direction;
import org.mosaiccrm.kernel.api.audit.AuditAction;
import org.mosaiccrm.kernel.api.audit.FieldChange;
import org.mosaiccrm.kernel.api.paging.Page;
import org.mosaiccrm.kernel.api.paging.PageRequest;
import org.mosaiccrm.kernel.api.problem.ConflictException;
import org.mosaiccrm.kernel.api.problem.NotFoundException;
import org.mosaiccrm.kernel.api.security.PortalScope;
import org.mosaiccrm.service.api.ServiceEvents;
import org.mosaiccrm.service.api.SlaState;
import org.mosaiccrm.service.api.Ticket;
import org.mosaiccrm.service.api.TicketChannel;
import org.mosaiccrm.service.api.TicketComment;
import org.mosaiccrm.service.api.TicketDraft;
import org.mosaiccrm.service.api.TicketPriority;
import org.mosaiccrm.service.api.TicketQuery;
import org.mosaiccrm.service.api.TicketStatus;
import org.mosaiccrm.service.impl.ServiceModule;
import org.mosaiccrm.service.impl.ServiceParts;
import org.mosaiccrm.service.impl.Settings;
import org.mosaiccrm.service.impl.persistence.CommentEntity;
import org.mosaiccrm.service.impl.persistence.TicketEntity;
import org.mosaiccrm.service.impl.routing.AgentRoster;
import org.mosaiccrm.service.impl.routing.Router;
import org.mosaiccrm.service.impl.sla.SlaPolicies;
import org.osgi.service.event.Event;

/**
 * Opening and reading tickets. A new ticket gets its number, its SLA policy (by the customer's tier) and
 * clock, an agent (or a wait for one), and an escalation when it is the customer's n-th complaint of the
 * window, all in one transaction with its audit record and its line on the customer's timeline.
 */
public final class TicketDesk {

    public static final String ENTITY = "Ticket";

    private final ServiceParts parts;
    private final SlaPolicies policies;
    private final AgentRoster roster;

    public TicketDesk(ServiceParts parts, SlaPolicies policies, AgentRoster roster) {
        this.parts = parts;
        this.policies = policies;
        this.roster = roster;
    }

    /** A ticket and the events it caused, posted by the caller after the commit. */
    public record Opened(TicketEntity entity, Ticket ticket, List<Event> published) {
    }

    /** The tracking-number counters of this year and the next (at the start and at every scan). */
    public void prepareNumbers() {
        TicketNumbers.prepare(parts.jpa(), parts.clock().instant().atZone(ZoneOffset.UTC).getYear());
    }

    public Opened open(TicketDraft draft) {
        Settings settings = parts.settings().get();
        PortalScope scope = parts.callers().portalScope();
        if (scope.restricted()) {
            // a portal customer opens for themselves: the customer, the channel and the address are the server's to say
            if (scope.customerId() == null) {
                throw new org.mosaiccrm.kernel.api.problem.ForbiddenException("portal-not-bound", "Not linked to a customer",
                        "This portal account is not linked to a customer yet: the service desk links it (crm:portal-bind).");
            }
            if (draft != null && draft.priority() == TicketPriority.URGENT) {
                throw new org.mosaiccrm.kernel.api.problem.ValidationException("priority", "is LOW, NORMAL or HIGH from the portal");
            }
            draft = draft == null ? null : new TicketDraft(scope.customerId(), null, null, draft.category(), TicketChannel.PORTAL,
                    draft.priority(), draft.subject(), draft.description(), draft.language(), draft.productSku(), draft.orderId(),
                    draft.serialNumber());
        }
        TicketDraft checked = TicketRules.check(draft, settings);
        String customerId = checked.customerId();
        Customer customer = customerId != null ? parts.contacts().get(customerId) : byEmail(checked.requesterEmail());
        String email = checked.requesterEmail() != null ? checked.requesterEmail() : customer == null ? null : primaryEmail(customer);
        SlaPolicies.Compiled policy = policies.forTier(customer == null ? null : customer.tier());
        Instant now = parts.clock().instant();
        List<Event> events = new ArrayList<>();
        TicketEntity opened = JpaTransactions.required(parts.jpa(), em -> {
            TicketEntity entity = new TicketEntity();
            entity.id = UUID.randomUUID().toString();
            entity.number = TicketNumbers.next(parts.jpa(), em, now.atZone(ZoneOffset.UTC).getYear());
            entity.customerId = customer == null ? null : customer.id();
            entity.requesterEmail = email;
            entity.requesterName = checked.requesterName() != null || customer == null ? checked.requesterName() : customer.displayName();
            entity.category = checked.category();
            entity.channel = checked.channel().name();
            entity.priority = checked.priority().name();
            entity.status = TicketStatus.NEW.name();
            entity.subject = checked.subject();
            entity.description = checked.description();
            entity.language = checked.language();
            entity.productSku = checked.productSku();
            entity.orderId = checked.orderId();
            entity.serialNumber = checked.serialNumber();
            entity.createdAt = now;
            entity.updatedAt = now;
            entity.createdBy = parts.callers().name();
            policy.clock(checked.priority()).start(entity.sla, policy.policy().name(), now);
            route(em, entity, true, now);
            if (entity.customerId != null && entity.category.equals(settings.complaintCategory())) {
                long complaints = 1 + complaintsSince(em, entity.customerId, settings.complaintCategory(), now.minus(java.time.Duration.ofDays(settings.complaintWindowDays())));
                if (complaints >= settings.complaintsBeforeEscalation()) {
                    markEscalated(entity, "complaint number " + complaints + " of this customer within "
                            + settings.complaintWindowDays() + " days", now);
                    events.add(TicketEvents.of(ServiceEvents.TICKET_ESCALATED, entity, ServiceEvents.REASON,
                            entity.escalationReason, ServiceEvents.TRIGGER, "REPEATED_COMPLAINTS"));
                }
            }
            em.persist(entity);
            parts.audit().record(ServiceModule.NAME, ENTITY, entity.id, AuditAction.CREATE, List.of(
                    new FieldChange("number", null, entity.number), new FieldChange("category", null, entity.category),
                    new FieldChange("priority", null, entity.priority), new FieldChange("assignee", null, entity.assignee),
                    new FieldChange("slaPolicy", null, entity.sla.policy),
                    new FieldChange("escalated", null, String.valueOf(entity.escalated))));
            Timeline.write(parts.contacts(), entity, Direction.INBOUND, "opened", entity.description);
            if (entity.escalated) {
                addComment(em, entity, "system", false, true, "Escalated to a supervisor automatically: " + entity.escalationReason, now);
                Timeline.write(parts.contacts(), entity, Direction.OUTBOUND, "escalated", entity.escalationReason);
            }
            events.add(0, TicketEvents.of(ServiceEvents.TICKET_OPENED, entity));
            if (entity.assignee != null) {
                events.add(1, TicketEvents.of(ServiceEvents.TICKET_ASSIGNED, entity, ServiceEvents.ASSIGNEE, entity.assignee,
                        ServiceEvents.REASON, entity.assignmentReason));
            }
            em.flush();
            // in the ticket's transaction: an outbox (notifications) commits with it; Event Admin hears after the commit
            events.forEach(parts.events()::publish);
            return entity;
        });
        return new Opened(opened, view(opened, now), events);
    }

    /**
     * Routes a ticket: to the best qualified agent, else it waits ({@code routingSince}); past the timeout
     * without its optional skills, and when still nobody qualifies, to the team queue.
     */
    public boolean route(EntityManager em, TicketEntity entity, boolean withOptional, Instant now) {
        Settings settings = parts.settings().get();
        Router.Choice choice = Router.route(roster.forRouting(em), settings.routing().needs(entity.category, entity.productSku),
                entity.language, withOptional);
        if (choice.agent() != null) {
            roster.assigned(choice.agent());
            entity.assignee = choice.agent();
            entity.team = null;
            entity.routingSince = null;
            entity.assignmentReason = fit(choice.reason());
            if (TicketStatus.valueOf(entity.status) == TicketStatus.NEW) {
                entity.status = TicketStatus.ASSIGNED.name();
            }
            return true;
        }
        if (withOptional) {
            entity.routingSince = entity.routingSince == null ? now : entity.routingSince;
            entity.assignmentReason = fit(choice.reason() + "; waiting up to " + settings.routingTimeoutMinutes()
                    + " minutes for a qualified agent");
        } else {
            entity.routingSince = null;
            entity.team = settings.defaultTeam();
            entity.assignmentReason = fit(choice.reason() + "; queued for team " + settings.defaultTeam() + " after "
                    + settings.routingTimeoutMinutes() + " minutes");
        }
        return false;
    }

    /** A reason within its column (1000): the start says the essential. */
    private static String fit(String reason) {
        return reason.length() > 1000 ? reason.substring(0, 999) + "…" : reason;
    }

    static void markEscalated(TicketEntity entity, String reason, Instant now) {
        entity.escalated = true;
        entity.escalationReason = reason.length() > 500 ? reason.substring(0, 499) + "…" : reason;
        entity.escalatedAt = now;
        entity.updatedAt = now;
    }

    private static long complaintsSince(EntityManager em, String customerId, String category, Instant since) {
        return em.createQuery("SELECT COUNT(t) FROM TicketEntity t WHERE t.customerId = :customer AND t.category = :category "
                        + "AND t.createdAt >= :since", Long.class)
                .setParameter("customer", customerId).setParameter("category", category).setParameter("since", since)
                .getSingleResult();
    }

    private Customer byEmail(String email) {
        if (email == null) {
            return null;
        }
        List<Customer> found = parts.contacts().search(CustomerQuery.byEmail(email), PageRequest.first(2)).items();
        return found.size() == 1 ? found.get(0) : null; // two customers share it: a person links the right one
    }

    private static String primaryEmail(Customer customer) {
        return customer.contactPoints().stream().filter(p -> p.type() == org.mosaiccrm.contacts.api.ContactPointType.EMAIL)
                .map(p -> p.value()).findFirst().orElse(null);
    }

    public Ticket get(String id) {
        return view(parts.jpa().txExpr(em -> visible(em, id, false)), parts.clock().instant());
    }

    /** Staff see everything; a portal customer the customer's view ({@link TicketMapping#forCustomer}). */
    Ticket view(TicketEntity entity, Instant now) {
        return customerCalling() ? TicketMapping.forCustomer(entity, now) : TicketMapping.toTicket(entity, now);
    }

    boolean customerCalling() {
        return parts.callers().caller().map(c -> c.isCustomer()).orElse(false);
    }

    public Ticket byNumber(String number) {
        TicketEntity entity = parts.jpa().txExpr(em -> em.createQuery("SELECT t FROM TicketEntity t WHERE t.number = :number",
                TicketEntity.class).setParameter("number", number == null ? "" : number.trim().toUpperCase(java.util.Locale.ROOT))
                .getResultStream().findFirst().orElse(null));
        if (entity == null || !parts.callers().portalScope().allows(entity.customerId)) {
            throw new NotFoundException(ENTITY, number);
        }
        return view(entity, parts.clock().instant());
    }

    /** The ticket if this caller may see it (a portal customer: only theirs), else 404; locked for a change. */
    TicketEntity visible(EntityManager em, String id, boolean forUpdate) {
        TicketEntity entity = id == null ? null : forUpdate ? em.find(TicketEntity.class, id, LockModeType.PESSIMISTIC_WRITE)
                : em.find(TicketEntity.class, id);
        if (entity == null || !parts.callers().portalScope().allows(entity.customerId)) {
            throw new NotFoundException(ENTITY, id);
        }
        return entity;
    }

    /** A line on the ticket's customer's timeline (none while the requester is not linked). */
    public void timeline(TicketEntity ticket, Direction direction, String what, String summary) {
        Timeline.write(parts.contacts(), ticket, direction, what, summary);
    }

    /** For the module's own use (suggestions): the ticket if this caller may see it. */
    public TicketEntity entity(EntityManager em, String id) {
        return visible(em, id, false);
    }

    /**
     * A bad survey reopens the ticket, resolved or already closed (the customer is unhappy now, whatever the
     * reopen days say): the one way back from CLOSED.
     */
    public void reopenForSurvey(EntityManager em, TicketEntity ticket, TicketWork work, Instant now, List<Event> events) {
        ticket.status = TicketStatus.RESOLVED.name();
        ticket.closedAt = null;
        ticket.resolvedAt = now; // the reopen window counts from the survey
        work.moveTo(em, ticket, TicketStatus.IN_PROGRESS, now, events);
    }

    static void requireVersion(TicketEntity entity, long version) {
        if (entity.version != version) {
            throw new ConflictException("Ticket " + entity.number + " changed since you read it (version " + entity.version
                    + ", not " + version + "): read it again.", Map.of("currentVersion", entity.version));
        }
    }

    public Page<Ticket> list(TicketQuery query, PageRequest page) {
        if (query != null && query.slaState() != null && query.slaState() != SlaState.BREACHED && query.slaState() != SlaState.PAUSED) {
            throw new org.mosaiccrm.kernel.api.problem.ValidationException("sla", "lists filter by BREACHED or PAUSED");
        }
        PortalScope scope = parts.callers().portalScope();
        TicketQuery wanted = query == null ? TicketQuery.all() : query;
        if (scope.restricted()) {
            if (scope.customerId() == null || wanted.customerId() != null && !wanted.customerId().equals(scope.customerId())) {
                return Page.of(List.of(), 0, page);
            }
            wanted = new TicketQuery(scope.customerId(), null, null, wanted.status(), wanted.open(), null, null, wanted.category());
        }
        PageRequest request = page == null ? PageRequest.first(parts.settings().get().listLimit()) : page;
        Instant now = parts.clock().instant();
        TicketQuery filter = wanted;
        return parts.jpa().txExpr(em -> {
            List<Ticket> items = query(em, filter, TicketEntity.class, "t", now).setFirstResult(request.offset())
                    .setMaxResults(request.limit()).getResultList().stream().map(t -> view(t, now)).toList();
            return Page.of(items, query(em, filter, Long.class, "COUNT(t)", now).getSingleResult(), request);
        });
    }

    private static <T> TypedQuery<T> query(EntityManager em, TicketQuery q, Class<T> type, String select, Instant now) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        Map<String, Object> values = new java.util.HashMap<>();
        condition(where, values, q.customerId(), "t.customerId = :customer", "customer");
        condition(where, values, q.assignee(), "t.assignee = :assignee", "assignee");
        condition(where, values, q.team(), "t.team = :team", "team");
        condition(where, values, q.status() == null ? null : q.status().name(), "t.status = :status", "status");
        condition(where, values, q.category(), "t.category = :category", "category");
        if (q.open() != null) {
            where.append(q.open() ? " AND t.status NOT IN ('RESOLVED', 'CLOSED')" : " AND t.status IN ('RESOLVED', 'CLOSED')");
        }
        if (q.escalated() != null) {
            where.append(" AND t.escalated = :escalated");
            values.put("escalated", q.escalated());
        }
        if (q.slaState() == SlaState.BREACHED) {
            where.append(" AND (t.sla.breached IS NOT NULL OR t.sla.resolutionDue <= :now OR t.sla.firstResponseDue <= :now"
                    + " OR t.sla.nextResponseDue <= :now) AND t.status NOT IN ('RESOLVED', 'CLOSED')");
            values.put("now", now);
        } else if (q.slaState() == SlaState.PAUSED) {
            where.append(" AND t.sla.pausedSince IS NOT NULL");
        }
        String order = type == Long.class ? "" : " ORDER BY t.createdAt DESC, t.id";
        TypedQuery<T> query = em.createQuery("SELECT " + select + " FROM TicketEntity t" + where + order, type);
        values.forEach(query::setParameter);
        return query;
    }

    private static void condition(StringBuilder where, Map<String, Object> values, String value, String clause, String name) {
        if (value != null) {
            where.append(" AND ").append(clause);
            values.put(name, value);
        }
    }

    /** Public and internal comments for staff; a portal customer sees the public ones. */
    public List<TicketComment> comments(String id) {
        boolean customer = customerCalling();
        return parts.jpa().txExpr(em -> {
            visible(em, id, false);
            return em.createQuery("SELECT c FROM CommentEntity c WHERE c.ticketId = :ticket ORDER BY c.createdAt, c.id",
                    CommentEntity.class).setParameter("ticket", id).getResultList().stream()
                    .filter(c -> !customer || !c.internal).map(CommentEntity::toComment)
                    .map(c -> customer ? TicketMapping.forCustomer(c) : c).toList();
        });
    }

    static CommentEntity addComment(EntityManager em, TicketEntity ticket, String author, boolean fromCustomer, boolean internal,
                                    String text, Instant now) {
        CommentEntity comment = new CommentEntity();
        comment.id = UUID.randomUUID().toString();
        comment.ticketId = ticket.id;
        comment.author = author;
        comment.fromCustomer = fromCustomer;
        comment.internal = internal;
        comment.body = text;
        comment.createdAt = now;
        em.persist(comment);
        return comment;
    }

    /** The default priority's clock of a ticket's policy (for clock moves outside opening). */
    SlaPolicies.Compiled policyOf(TicketEntity entity) {
        return policies.named(entity.sla.policy);
    }

    static TicketPriority priority(TicketEntity entity) {
        return TicketPriority.valueOf(entity.priority);
    }

    ServiceParts parts() {
        return parts;
    }
}
