package org.mosaiccrm.service.impl.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.mosaiccrm.commons.shell.CommandRefusals;
import org.mosaiccrm.kernel.api.ModuleRegistry;
import org.mosaiccrm.kernel.api.problem.ProblemException;
import org.mosaiccrm.service.api.ServiceDesk;
import org.mosaiccrm.service.api.Ticket;

@Command(scope = "crm", name = "ticket-escalate", description = "Sends a ticket to the supervisors' queue, with the reason.")
@Service
public class TicketEscalateCommand implements Action {

    @Argument(index = 0, name = "number", description = "The ticket's tracking number.", required = true)
    @Completion(TicketNumberCompleter.class)
    String number;

    @Argument(index = 1, name = "reason", description = "Why, in words a supervisor reads (quote it).", required = true)
    String reason;

    @Reference(optional = true)
    ServiceDesk desk;

    @Reference(optional = true)
    ModuleRegistry registry;

    @Override
    public Object execute() throws Exception {
        ServiceDesk desk = CommandRefusals.require(this.desk, "service", registry);
        try {
            Ticket ticket = desk.escalate(desk.byNumber(number).id(), reason);
            System.out.println(ticket.number() + " escalated " + ticket.escalationReason());
        } catch (ProblemException e) {
            throw CommandRefusals.refused("Not escalated", e);
        }
        return null;
    }
}
