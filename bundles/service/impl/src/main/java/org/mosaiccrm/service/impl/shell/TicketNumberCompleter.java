package org.mosaiccrm.service.impl.shell;

import java.util.List;

import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.mosaiccrm.commons.shell.NamedIdCompleter;
import org.mosaiccrm.kernel.api.paging.PageRequest;
import org.mosaiccrm.service.api.ServiceDesk;
import org.mosaiccrm.service.api.Ticket;
import org.mosaiccrm.service.api.TicketQuery;

/** Completes the tracking numbers of the latest open tickets, with their subject and status. */
@Service
public class TicketNumberCompleter extends NamedIdCompleter<Ticket> {

    @Reference(optional = true)
    ServiceDesk desk;

    @Override
    protected List<Ticket> records() {
        ServiceDesk service = desk;
        return service == null ? List.of()
                : service.tickets(new TicketQuery(null, null, null, null, true, null, null, null), PageRequest.first(50)).items();
    }

    @Override
    protected String id(Ticket ticket) {
        return ticket.number();
    }

    @Override
    protected String describe(Ticket ticket) {
        return ticket.subject() + ", " + ticket.status() + (ticket.assignee() == null ? "" : ", " + ticket.assignee());
    }
}
