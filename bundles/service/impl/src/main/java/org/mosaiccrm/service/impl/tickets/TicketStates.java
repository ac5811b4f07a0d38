package org.mosaiccrm.service.impl.tickets;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.mosaiccrm.kernel.api.problem.ConflictException;
import org.mosaiccrm.service.api.TicketStatus;

/** Which status a ticket may move to from each status; anything else is a 409 naming what is allowed. */
public final class TicketStates {

    private static final Map<TicketStatus, Set<TicketStatus>> NEXT = new EnumMap<>(TicketStatus.class);

    static {
        NEXT.put(TicketStatus.NEW, EnumSet.of(TicketStatus.ASSIGNED, TicketStatus.IN_PROGRESS, TicketStatus.WAITING_ON_CUSTOMER,
                TicketStatus.RESOLVED, TicketStatus.CLOSED));
        NEXT.put(TicketStatus.ASSIGNED, EnumSet.of(TicketStatus.IN_PROGRESS, TicketStatus.WAITING_ON_CUSTOMER,
                TicketStatus.RESOLVED, TicketStatus.CLOSED));
        NEXT.put(TicketStatus.IN_PROGRESS, EnumSet.of(TicketStatus.WAITING_ON_CUSTOMER, TicketStatus.RESOLVED, TicketStatus.CLOSED));
        NEXT.put(TicketStatus.WAITING_ON_CUSTOMER, EnumSet.of(TicketStatus.IN_PROGRESS, TicketStatus.RESOLVED, TicketStatus.CLOSED));
        // reopening is IN_PROGRESS from RESOLVED, within the configured days
        NEXT.put(TicketStatus.RESOLVED, EnumSet.of(TicketStatus.IN_PROGRESS, TicketStatus.CLOSED));
        NEXT.put(TicketStatus.CLOSED, EnumSet.noneOf(TicketStatus.class));
    }

    private TicketStates() {
    }

    public static Set<TicketStatus> allowed(TicketStatus from) {
        return NEXT.get(from);
    }

    public static void require(TicketStatus from, TicketStatus to) {
        if (!NEXT.get(from).contains(to)) {
            throw new ConflictException("A " + from + " ticket cannot become " + to + ".",
                    Map.of("state", from.name(), "allowed", NEXT.get(from).stream().map(Enum::name).toList()));
        }
    }

    /** For changes that are not transitions (a comment, an escalation): refused on a closed ticket. */
    public static void requireOpenForWork(TicketStatus status, String what) {
        if (status == TicketStatus.CLOSED) {
            throw new ConflictException("A CLOSED ticket takes no " + what + "; open a new one.",
                    Map.of("state", status.name(), "allowed", java.util.List.of()));
        }
    }
}
