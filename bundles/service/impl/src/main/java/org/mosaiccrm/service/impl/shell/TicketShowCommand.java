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
import org.mosaiccrm.service.api.TicketComment;

@Command(scope = "crm", name = "ticket-show", description = "Shows a ticket: SLA, routing reason, escalation and comments.")
@Service
public class TicketShowCommand implements Action {

    @Argument(name = "number", description = "The ticket's tracking number, e.g. SR-2026-000042.", required = true)
    @Completion(TicketNumberCompleter.class)
    String number;

    @Reference(optional = true)
    ServiceDesk desk;

    @Reference(optional = true)
    ModuleRegistry registry;

    @Override
    public Object execute() throws Exception {
        ServiceDesk desk = CommandRefusals.require(this.desk, "service", registry);
        try {
            Ticket t = desk.byNumber(number);
            System.out.println(t.number() + "  " + t.subject());
            System.out.println("  " + t.category() + ", " + t.priority() + ", " + t.status() + ", via " + t.channel()
                    + (t.customerId() != null ? ", customer " + t.customerId() : ", from " + t.requesterEmail() + " (not linked)"));
            System.out.println("  SLA " + t.sla().policy() + ": " + t.sla().state()
                    + (t.sla().firstResponseDue() != null ? ", first response due " + t.sla().firstResponseDue() : "")
                    + (t.sla().resolutionDue() != null ? ", resolution due " + t.sla().resolutionDue() : "")
                    + (t.sla().breached() != null ? ", breached: " + t.sla().breached() : ""));
            System.out.println("  Routing: " + (t.assignmentReason() == null ? "-" : t.assignmentReason()));
            if (t.escalated()) {
                System.out.println("  Escalated " + t.escalationReason());
            }
            for (TicketComment c : desk.comments(t.id())) {
                System.out.println("  " + c.at() + " " + c.author() + (c.internal() ? " (internal)" : "") + ": " + c.text());
            }
        } catch (ProblemException e) {
            throw CommandRefusals.refused("Not shown", e);
        }
        return null;
    }
}
