package org.mosaiccrm.service.impl.view;

import java.util.LinkedHashMap;
import java.util.Map;

import org.mosaiccrm.contacts.api.CustomerViewContributor;
import org.mosaiccrm.kernel.api.paging.PageRequest;
import org.mosaiccrm.service.api.ServiceDesk;
import org.mosaiccrm.service.api.Ticket;
import org.mosaiccrm.service.api.TicketQuery;
import org.mosaiccrm.service.impl.ServiceModule;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The module's section of the customer's 360° view and screen pop: the prompts that hold for the customer, their
 * last satisfaction rating, open tickets with their SLA state (at most ten) and how many, the tickets closed lately.
 */
@Component(service = CustomerViewContributor.class)
public class ServiceSection implements CustomerViewContributor {

    private final ServiceDesk desk;

    @Activate
    public ServiceSection(@Reference ServiceDesk desk) {
        this.desk = desk;
    }

    @Override
    public String section() {
        return ServiceModule.NAME;
    }

    /** What an agent sees about one open ticket at a glance. */
    public record OpenTicket(String id, String number, String subject, String status, String priority, String slaState,
                             java.time.Instant due, boolean escalated, String assignee) {
    }

    @Override
    public Map<String, Object> contribute(String customerId) {
        var open = desk.tickets(TicketQuery.openOf(customerId), PageRequest.first(10));
        var recent = desk.tickets(new TicketQuery(customerId, null, null, null, false, null, null, null), PageRequest.first(3));
        Map<String, Object> section = new LinkedHashMap<>();
        section.put("prompts", desk.customerPrompts(customerId));
        desk.lastSatisfaction(customerId).ifPresent(rating -> section.put("lastSatisfaction", rating));
        section.put("openTickets", open.total());
        section.put("open", open.items().stream().map(ServiceSection::summary).toList());
        section.put("recentlyClosed", recent.items().stream().map(t -> Map.of("number", t.number(), "subject", t.subject(),
                "resolution", t.resolution() == null ? "" : t.resolution())).toList());
        return section;
    }

    private static OpenTicket summary(Ticket t) {
        java.time.Instant due = t.sla().firstResponseDue() != null ? t.sla().firstResponseDue()
                : t.sla().nextResponseDue() != null ? t.sla().nextResponseDue() : t.sla().resolutionDue();
        return new OpenTicket(t.id(), t.number(), t.subject(), t.status().name(), t.priority().name(), t.sla().state().name(),
                due, t.escalated(), t.assignee());
    }
}
