package org.mosaiccrm.service.impl.tickets;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.mosaiccrm.commons.jpa.JpaTransactions;
import org.mosaiccrm.service.api.ServiceDesk;
import org.mosaiccrm.service.api.ServiceEvents;
import org.mosaiccrm.service.api.TicketStatus;
import org.mosaiccrm.service.impl.ServiceParts;
import org.mosaiccrm.service.impl.Settings;
import org.mosaiccrm.service.impl.persistence.TicketEntity;
import org.mosaiccrm.service.impl.sla.SlaClock;
import org.osgi.service.event.Event;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The module's periodic job. SLA: reads only the tickets whose next warning or due time has passed
 * (index on SLA_NEXT_CHECK), announces each warning and breach once, and escalates on a breach. Routing:
 * tickets still waiting for an agent are tried again, without their optional skills after the timeout,
 * then queued for the team. Resolved tickets close after the reopen days. Each ticket in its own
 * transaction, so one bad ticket stops nothing else.
 */
public final class TicketScan {

    private static final Logger LOG = LoggerFactory.getLogger(TicketScan.class);
    private static final int BATCH = 500;

    private final TicketDesk desk;
    private final TicketWork work;
    private final ServiceParts parts;

    public TicketScan(TicketDesk desk, TicketWork work) {
        this.desk = desk;
        this.work = work;
        this.parts = desk.parts();
    }

    public ServiceDesk.SlaScan scan() {
        long started = System.nanoTime();
        Instant now = parts.clock().instant();
        Settings settings = parts.settings().get();
        desk.prepareNumbers();
        int[] warned = {0};
        int[] breached = {0};
        for (String id : ids("SELECT t.id FROM TicketEntity t WHERE t.sla.nextCheckAt <= :now ORDER BY t.sla.nextCheckAt", now)) {
            each(id, (em, ticket, events) -> {
                if (ticket.sla.nextCheckAt == null || ticket.sla.nextCheckAt.isAfter(now)) {
                    return; // answered, paused or resolved since it was listed
                }
                boolean escalated = false;
                for (SlaClock.Fired fired : SlaClock.fire(ticket.sla, now)) {
                    (fired.breach() ? breached : warned)[0]++;
                    events.add(TicketEvents.of(fired.breach() ? ServiceEvents.SLA_BREACHED : ServiceEvents.SLA_WARNING, ticket,
                            ServiceEvents.TARGET, fired.target(), ServiceEvents.DUE, fired.due()));
                    if (fired.breach() && !ticket.escalated) {
                        work.escalate(em, ticket, "automatically: the " + fired.target().name().toLowerCase().replace('_', ' ')
                                + " target (due " + fired.due() + ") was missed", "SLA_BREACH", now, events);
                        escalated = true;
                    }
                }
                if (!escalated) {
                    // the clock's bookkeeping is not an edit: the ticket keeps its version, so an agent's If-Match still holds
                    em.detach(ticket);
                    em.createNativeQuery("UPDATE SERVICE_TICKET SET SLA_FIRED = ?1, SLA_BREACHED = ?2, SLA_NEXT_CHECK = ?3 WHERE ID = ?4")
                            .setParameter(1, ticket.sla.fired).setParameter(2, ticket.sla.breached)
                            .setParameter(3, ticket.sla.nextCheckAt == null ? null : java.sql.Timestamp.from(ticket.sla.nextCheckAt))
                            .setParameter(4, ticket.id).executeUpdate();
                }
            });
        }
        int[] rerouted = {0};
        Instant timeout = now.minus(Duration.ofMinutes(settings.routingTimeoutMinutes()));
        for (String id : ids("SELECT t.id FROM TicketEntity t WHERE t.assignee IS NULL AND t.team IS NULL AND t.routingSince IS NOT NULL"
                + " AND t.routingSince <= :now AND t.status NOT IN ('RESOLVED', 'CLOSED') ORDER BY t.routingSince", now)) {
            each(id, (em, ticket, events) -> {
                if (ticket.assignee != null || ticket.team != null || ticket.routingSince == null
                        || TicketStatus.valueOf(ticket.status).isDone()) {
                    return; // someone took it since it was listed
                }
                boolean late = !ticket.routingSince.isAfter(timeout);
                if (desk.route(em, ticket, !late, now) || late) {
                    rerouted[0]++;
                    ticket.updatedAt = now;
                    if (ticket.assignee != null) {
                        events.add(TicketEvents.of(ServiceEvents.TICKET_ASSIGNED, ticket, ServiceEvents.ASSIGNEE, ticket.assignee,
                                ServiceEvents.REASON, ticket.assignmentReason));
                    }
                }
            });
        }
        Instant resolvedBefore = now.minus(Duration.ofDays(settings.reopenDays()));
        for (String id : ids("SELECT t.id FROM TicketEntity t WHERE t.status = 'RESOLVED' AND t.resolvedAt <= :now", resolvedBefore)) {
            each(id, (em, ticket, events) -> {
                if (TicketStatus.valueOf(ticket.status) == TicketStatus.RESOLVED && !ticket.resolvedAt.isAfter(resolvedBefore)) {
                    work.moveTo(em, ticket, TicketStatus.CLOSED, now, events);
                }
            });
        }
        return new ServiceDesk.SlaScan(warned[0], breached[0], rerouted[0], (System.nanoTime() - started) / 1_000_000);
    }

    private List<String> ids(String query, Instant bound) {
        return parts.jpa().txExpr(em -> em.createQuery(query, String.class).setParameter("now", bound).setMaxResults(BATCH * 20)
                .getResultList());
    }

    private interface Step {
        void apply(javax.persistence.EntityManager em, TicketEntity ticket, List<Event> events);
    }

    private void each(String id, Step step) {
        List<Event> events = new ArrayList<>();
        try {
            JpaTransactions.required(parts.jpa(), em -> {
                TicketEntity ticket = em.find(TicketEntity.class, id, javax.persistence.LockModeType.PESSIMISTIC_WRITE);
                if (ticket != null) {
                    step.apply(em, ticket, events);
                }
                events.forEach(parts.events()::publish);
                return null;
            });
        } catch (RuntimeException e) {
            LOG.warn("The service scan could not handle ticket {}: {}", id, e.toString());
        }
    }
}
