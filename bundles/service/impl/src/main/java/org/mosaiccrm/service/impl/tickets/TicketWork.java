package org.mosaiccrm.service.impl.tickets;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;

import org.mosaiccrm.commons.jpa.JpaTransactions;
import org.mosaiccrm.contacts.api.Direction;
import org.mosaiccrm.kernel.api.audit.AuditAction;
import org.mosaiccrm.kernel.api.audit.FieldChange;
import org.mosaiccrm.kernel.api.problem.ConflictException;
import org.mosaiccrm.kernel.api.problem.ValidationException;
import org.mosaiccrm.kernel.api.security.CrmRoles;
import org.mosaiccrm.service.api.ServiceEvents;
import org.mosaiccrm.service.api.Ticket;
import org.mosaiccrm.service.api.TicketComment;
import org.mosaiccrm.service.api.TicketStatus;
import org.mosaiccrm.service.impl.ServiceModule;
import org.mosaiccrm.service.impl.ServiceParts;
import org.mosaiccrm.service.impl.persistence.CommentEntity;
import org.mosaiccrm.service.impl.persistence.TicketEntity;
import org.mosaiccrm.service.impl.sla.SlaClock;
import org.mosaiccrm.service.impl.surveys.SurveyDesk;
import org.osgi.service.event.Event;

/**
 * Working a ticket: status changes (the SLA clock pauses while waiting on the customer and resumes after),
 * comments, assignment by a person, escalation, linking a requester to a customer. Each change is audited
 * and goes to the customer's timeline in its transaction; its events are posted after the commit.
 */
public final class TicketWork {

    private final TicketDesk desk;
    private final SurveyDesk surveys;
    private final ServiceParts parts;

    public TicketWork(TicketDesk desk, SurveyDesk surveys) {
        this.desk = desk;
        this.surveys = surveys;
        this.parts = desk.parts();
    }

    public Ticket changeStatus(String id, long version, TicketStatus to, String note) {
        if (to == null) {
            throw new ValidationException("status", "is required: " + List.of(TicketStatus.values()));
        }
        if (to == TicketStatus.ASSIGNED) {
            throw new ValidationException("status", "ASSIGNED comes with an agent: POST tickets/{id}/assign {\"agent\": ...}");
        }
        String text = note == null || note.isBlank() ? null : TicketRules.text(note, "note");
        return change(id, (em, entity, now, events) -> {
            TicketDesk.requireVersion(entity, version);
            moveTo(em, entity, to, now, events);
            if (text != null) {
                TicketDesk.addComment(em, entity, parts.callers().name(), false, true, text, now);
            }
        });
    }

    /** Applies a status change and its effects on the clock, the survey and the timeline. */
    void moveTo(EntityManager em, TicketEntity entity, TicketStatus to, Instant now, List<Event> events) {
        TicketStatus from = TicketStatus.valueOf(entity.status);
        TicketStates.require(from, to);
        SlaClock clock = desk.policyOf(entity).clock(TicketDesk.priority(entity));
        if (from == TicketStatus.RESOLVED && to == TicketStatus.IN_PROGRESS) {
            int days = parts.settings().get().reopenDays();
            if (entity.resolvedAt.plus(Duration.ofDays(days)).isBefore(now)) {
                throw new ConflictException("Ticket " + entity.number + " was resolved more than " + days
                        + " days ago and cannot be reopened: open a new one.", Map.of("state", from.name(), "allowed", List.of("CLOSED")));
            }
            entity.resolvedAt = null;
            entity.resolution = null;
            entity.sla.resolutionBusinessSeconds = null;
            clock.resume(entity.sla, now);
        }
        if (to == TicketStatus.WAITING_ON_CUSTOMER) {
            clock.pause(entity.sla, now);
        } else if (from == TicketStatus.WAITING_ON_CUSTOMER && !to.isDone()) {
            clock.resume(entity.sla, now);
        }
        if (to == TicketStatus.RESOLVED || to == TicketStatus.CLOSED && from != TicketStatus.RESOLVED) {
            clock.stop(entity.sla, now);
            entity.resolvedAt = entity.resolvedAt == null ? now : entity.resolvedAt;
            entity.resolution = entity.resolution == null ? "RESOLVED" : entity.resolution;
            entity.routingSince = null;
        }
        if (to == TicketStatus.RESOLVED && entity.resolution.equals("RESOLVED")) {
            // the link's token is handed to the requester only (portal, tracking, notifications): never stored readable
            surveys.invite(em, entity, now);
        }
        if (to == TicketStatus.CLOSED) {
            entity.closedAt = now;
        }
        entity.status = to.name();
        entity.updatedAt = now;
        parts.audit().record(ServiceModule.NAME, TicketDesk.ENTITY, entity.id, AuditAction.UPDATE,
                List.of(new FieldChange("status", from.name(), to.name())));
        Timeline.write(parts.contacts(), entity, Direction.OUTBOUND, "is " + to.name().toLowerCase().replace('_', ' '), null);
        events.add(TicketEvents.of(ServiceEvents.TICKET_STATUS_CHANGED, entity, ServiceEvents.PREVIOUS_STATUS, from));
    }

    /**
     * A comment by the caller. Staff: a public one answers the customer (first and next response met) and
     * puts a new or assigned ticket in progress. A portal customer: always public; it resumes a ticket that
     * waited on them, reopens a resolved one within the reopen days, and asks for the next response.
     */
    public TicketComment comment(String id, String text, boolean internal) {
        String body = TicketRules.text(text, "text");
        boolean customer = parts.callers().caller().map(c -> c.isCustomer()).orElse(false);
        if (customer && internal) {
            throw new ValidationException("internal", "customers write public comments only");
        }
        CommentEntity[] written = new CommentEntity[1];
        change(id, (em, entity, now, events) -> {
            TicketStates.requireOpenForWork(TicketStatus.valueOf(entity.status), "comment");
            written[0] = customer ? requesterWrote(em, entity, "customer", body, now, events)
                    : staffWrote(em, entity, body, internal, now, events);
        });
        return customer ? TicketMapping.forCustomer(written[0].toComment()) : written[0].toComment();
    }

    private CommentEntity staffWrote(EntityManager em, TicketEntity entity, String body, boolean internal, Instant now,
                                     List<Event> events) {
        CommentEntity comment = TicketDesk.addComment(em, entity, parts.callers().name(), false, internal, body, now);
        TicketStatus status = TicketStatus.valueOf(entity.status);
        if (!internal && !status.isDone() && entity.assignee == null
                && parts.callers().caller().map(c -> c.hasRole(CrmRoles.AGENT)).orElse(false)) {
            // the agent who answers a ticket nobody held takes it: it leaves routing and the team queue
            entity.assignee = parts.callers().name();
            entity.team = null;
            entity.routingSince = null;
            entity.assignmentReason = entity.assignee + " took it by answering the customer";
            events.add(TicketEvents.of(ServiceEvents.TICKET_ASSIGNED, entity, ServiceEvents.ASSIGNEE, entity.assignee,
                    ServiceEvents.REASON, entity.assignmentReason));
        }
        if (!internal && !status.isDone()) {
            desk.policyOf(entity).clock(TicketDesk.priority(entity)).answered(entity.sla, entity.createdAt, now);
            if (status == TicketStatus.NEW || status == TicketStatus.ASSIGNED) {
                moveTo(em, entity, TicketStatus.IN_PROGRESS, now, events);
            }
            Timeline.write(parts.contacts(), entity, Direction.OUTBOUND, "answered", body);
        }
        if (!internal) {
            events.add(TicketEvents.of(ServiceEvents.TICKET_ANSWERED, entity, ServiceEvents.COMMENT, body));
        }
        entity.updatedAt = now;
        return comment;
    }

    /** The customer's own words (portal, or tracking by number and e-mail). */
    CommentEntity requesterWrote(EntityManager em, TicketEntity entity, String author, String body, Instant now, List<Event> events) {
        CommentEntity comment = TicketDesk.addComment(em, entity, author, true, false, body, now);
        TicketStatus status = TicketStatus.valueOf(entity.status);
        if (status == TicketStatus.WAITING_ON_CUSTOMER || status == TicketStatus.RESOLVED) {
            moveTo(em, entity, TicketStatus.IN_PROGRESS, now, events);
        }
        desk.policyOf(entity).clock(TicketDesk.priority(entity)).customerWrote(entity.sla, now);
        Timeline.write(parts.contacts(), entity, Direction.INBOUND, "customer wrote", body);
        entity.updatedAt = now;
        return comment;
    }

    public Ticket assign(String id, long version, String agent) {
        if (agent == null || agent.isBlank()) {
            throw new ValidationException("agent", "is required: the user name of an agent");
        }
        if (!parts.users().isUser(agent) || !parts.users().rolesOf(agent).contains(CrmRoles.AGENT)) {
            throw new ValidationException("agent", "'" + agent + "' is not a user with the crm-agent role");
        }
        return change(id, (em, entity, now, events) -> {
            TicketDesk.requireVersion(entity, version);
            TicketStatus status = TicketStatus.valueOf(entity.status);
            if (status.isDone()) {
                throw new ConflictException("A " + status + " ticket is not assigned" + (status == TicketStatus.RESOLVED
                        ? ": reopen it first (status IN_PROGRESS)." : "."), Map.of("state", status.name(), "allowed", List.of()));
            }
            String before = entity.assignee;
            entity.assignee = agent;
            entity.team = null;
            entity.routingSince = null;
            entity.assignmentReason = "assigned to " + agent + " by " + parts.callers().name();
            if (status == TicketStatus.NEW) {
                entity.status = TicketStatus.ASSIGNED.name();
            }
            entity.updatedAt = now;
            parts.audit().record(ServiceModule.NAME, TicketDesk.ENTITY, entity.id, AuditAction.UPDATE,
                    List.of(new FieldChange("assignee", before, agent)));
            events.add(TicketEvents.of(ServiceEvents.TICKET_ASSIGNED, entity, ServiceEvents.ASSIGNEE, agent,
                    ServiceEvents.REASON, entity.assignmentReason));
        });
    }

    public Ticket reroute(String id) {
        return change(id, (em, entity, now, events) -> {
            TicketStatus status = TicketStatus.valueOf(entity.status);
            if (status.isDone()) {
                throw new ConflictException("A " + status + " ticket is not routed.", Map.of("state", status.name(), "allowed", List.of()));
            }
            String before = entity.assignee;
            entity.assignee = null;
            if (desk.route(em, entity, true, now)) {
                events.add(TicketEvents.of(ServiceEvents.TICKET_ASSIGNED, entity, ServiceEvents.ASSIGNEE, entity.assignee,
                        ServiceEvents.REASON, entity.assignmentReason));
            } else if (before != null) {
                entity.assignee = before; // nobody better: the agent keeps it
                entity.routingSince = null;
            }
            entity.updatedAt = now;
            parts.audit().record(ServiceModule.NAME, TicketDesk.ENTITY, entity.id, AuditAction.UPDATE,
                    List.of(new FieldChange("assignee", before, entity.assignee)));
        });
    }

    public Ticket escalate(String id, String reason) {
        String why = TicketRules.text(reason, "reason");
        if (why.length() > 500) {
            throw new ValidationException("reason", "is at most 500 characters");
        }
        return change(id, (em, entity, now, events) -> {
            TicketStates.requireOpenForWork(TicketStatus.valueOf(entity.status), "escalation");
            if (entity.escalated) {
                throw new ConflictException("Ticket " + entity.number + " is already with the supervisors (" + entity.escalationReason
                        + ").", Map.of("state", "ESCALATED", "allowed", List.of()));
            }
            escalate(em, entity, "by " + parts.callers().name() + ": " + why, "MANUAL", now, events);
        });
    }

    /** Marks a ticket escalated, with an internal comment, an audit record, a timeline line and the event. */
    public void escalate(EntityManager em, TicketEntity entity, String reason, String trigger, Instant now, List<Event> events) {
        if (entity.escalated) {
            // already with the supervisors: the new reason is added for them, the ticket keeps the first one
            TicketDesk.addComment(em, entity, "system", false, true, "Escalated again " + reason, now);
            events.add(TicketEvents.of(ServiceEvents.TICKET_ESCALATED, entity, ServiceEvents.REASON, reason, ServiceEvents.TRIGGER, trigger));
            return;
        }
        TicketDesk.markEscalated(entity, reason, now);
        TicketDesk.addComment(em, entity, "system", false, true, "Escalated to a supervisor " + reason, now);
        parts.audit().record(ServiceModule.NAME, TicketDesk.ENTITY, entity.id, AuditAction.UPDATE,
                List.of(new FieldChange("escalated", "false", "true"), new FieldChange("escalationReason", null, entity.escalationReason)));
        Timeline.write(parts.contacts(), entity, Direction.OUTBOUND, "escalated", entity.escalationReason);
        events.add(TicketEvents.of(ServiceEvents.TICKET_ESCALATED, entity, ServiceEvents.REASON, entity.escalationReason,
                ServiceEvents.TRIGGER, trigger));
    }

    public Ticket linkCustomer(String id, long version, String customerId) {
        if (customerId == null || customerId.isBlank()) {
            throw new ValidationException("customerId", "is required");
        }
        parts.contacts().get(customerId); // exists and visible, else 404
        return change(id, (em, entity, now, events) -> {
            TicketDesk.requireVersion(entity, version);
            if (entity.customerId != null) {
                throw new ConflictException("Ticket " + entity.number + " already belongs to a customer.",
                        Map.of("customerId", entity.customerId));
            }
            entity.customerId = customerId;
            entity.updatedAt = now;
            parts.audit().record(ServiceModule.NAME, TicketDesk.ENTITY, entity.id, AuditAction.UPDATE,
                    List.of(new FieldChange("customerId", null, customerId)));
            Timeline.write(parts.contacts(), entity, Direction.INBOUND, "linked", entity.description);
        });
    }

    /** One change to one ticket, locked, in one transaction; its events published in it (Event Admin hears them after the commit). */
    interface Change {
        void apply(EntityManager em, TicketEntity entity, Instant now, List<Event> events);
    }

    Ticket change(String id, Change change) {
        List<Event> events = new ArrayList<>();
        Instant now = parts.clock().instant();
        TicketEntity changed = JpaTransactions.required(parts.jpa(), em -> {
            TicketEntity entity = desk.visible(em, id, true);
            change.apply(em, entity, now, events);
            em.flush();
            events.forEach(parts.events()::publish);
            return entity;
        });
        return desk.view(changed, now);
    }
}
