package org.mosaiccrm.service.impl.tickets;

import java.time.Duration;
import java.time.Instant;

import org.mosaiccrm.service.api.Sla;
import org.mosaiccrm.service.api.SlaTarget;
import org.mosaiccrm.service.api.Ticket;
import org.mosaiccrm.service.api.TicketChannel;
import org.mosaiccrm.service.api.TicketPriority;
import org.mosaiccrm.service.api.TicketStatus;
import org.mosaiccrm.service.impl.persistence.SlaTimes;
import org.mosaiccrm.service.impl.persistence.TicketEntity;
import org.mosaiccrm.service.impl.sla.SlaClock;

/** A stored ticket as the API shows it, its SLA state judged at {@code now}. */
public final class TicketMapping {

    private TicketMapping() {
    }

    /**
     * The ticket as a portal customer sees it: without the staff's side (who holds it and why, escalation and
     * its reason, the staff login that opened it).
     */
    public static Ticket forCustomer(TicketEntity entity, Instant now) {
        Ticket t = toTicket(entity, now);
        return new Ticket(t.id(), t.version(), t.number(), t.customerId(), t.requesterEmail(), t.requesterName(), t.category(),
                t.channel(), t.priority(), t.status(), t.subject(), t.description(), t.language(), t.productSku(), t.orderId(),
                t.serialNumber(), null, null, null, false, null, t.sla(), t.resolution(), t.createdAt(), null, t.updatedAt(),
                t.resolvedAt(), t.closedAt());
    }

    /** A public comment as a customer sees it: staff sign as "service". */
    public static org.mosaiccrm.service.api.TicketComment forCustomer(org.mosaiccrm.service.api.TicketComment c) {
        return new org.mosaiccrm.service.api.TicketComment(c.id(), c.ticketId(), c.fromCustomer() ? c.author() : "service",
                c.fromCustomer(), false, c.text(), c.at());
    }

    public static Ticket toTicket(TicketEntity entity, Instant now) {
        TicketStatus status = TicketStatus.valueOf(entity.status);
        SlaTimes times = entity.sla;
        Sla sla = new Sla(times.policy, SlaClock.state(times, now, status.isDone()), times.firstResponseDue, times.nextResponseDue,
                times.resolutionDue, times.pausedSince, Duration.ofSeconds(times.usedSeconds),
                times.firstRespondedAt == null ? null : Duration.between(entity.createdAt, times.firstRespondedAt),
                seconds(times.firstResponseBusinessSeconds),
                entity.resolvedAt == null ? null : Duration.between(entity.createdAt, entity.resolvedAt),
                seconds(times.resolutionBusinessSeconds), times.breached == null ? null : SlaTarget.valueOf(times.breached));
        return new Ticket(entity.id, entity.version, entity.number, entity.customerId, entity.requesterEmail, entity.requesterName,
                entity.category, TicketChannel.valueOf(entity.channel), TicketPriority.valueOf(entity.priority), status,
                entity.subject, entity.description, entity.language, entity.productSku, entity.orderId, entity.serialNumber,
                entity.assignee, entity.team, entity.assignmentReason, entity.escalated, entity.escalationReason, sla,
                entity.resolution, entity.createdAt, entity.createdBy, entity.updatedAt, entity.resolvedAt, entity.closedAt);
    }

    private static Duration seconds(Long value) {
        return value == null ? null : Duration.ofSeconds(value);
    }
}
