package org.mosaiccrm.service.impl.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.mosaiccrm.commons.shell.CommandRefusals;
import org.mosaiccrm.kernel.api.ModuleRegistry;
import org.mosaiccrm.kernel.api.paging.Page;
import org.mosaiccrm.kernel.api.paging.PageRequest;
import org.mosaiccrm.kernel.api.problem.ProblemException;
import org.mosaiccrm.service.api.ServiceDesk;
import org.mosaiccrm.service.api.SlaState;
import org.mosaiccrm.service.api.Ticket;
import org.mosaiccrm.service.api.TicketQuery;
import org.mosaiccrm.service.api.TicketStatus;

@Command(scope = "crm", name = "ticket-list", description = "Lists tickets, newest first: open ones by default, by status, agent, SLA state or the supervisors' queue.")
@Service
public class TicketListCommand implements Action {

    @Option(name = "--status", description = "NEW, ASSIGNED, IN_PROGRESS, WAITING_ON_CUSTOMER, RESOLVED or CLOSED (default: every open one).")
    TicketStatus status;

    @Option(name = "--agent", description = "The agent holding them.")
    String agent;

    @Option(name = "--escalated", description = "Only the supervisors' queue (open escalated tickets).")
    boolean escalated;

    @Option(name = "--breached", description = "Only open tickets past an SLA target.")
    boolean breached;

    @Option(name = "--limit", description = "How many to show (default 50, at most 500).")
    int limit = 50;

    @Reference(optional = true)
    ServiceDesk desk;

    @Reference(optional = true)
    ModuleRegistry registry;

    @Override
    public Object execute() throws Exception {
        ServiceDesk desk = CommandRefusals.require(this.desk, "service", registry);
        try {
            Page<Ticket> page = desk.tickets(new TicketQuery(null, agent, null, status, status == null ? Boolean.TRUE : null,
                    escalated ? Boolean.TRUE : null, breached ? SlaState.BREACHED : null, null),
                    new PageRequest(0, Math.max(1, Math.min(limit, PageRequest.MAX_LIMIT))));
            ShellTable table = new ShellTable();
            for (String column : new String[] {"Number", "Subject", "Category", "Priority", "Status", "SLA", "Due", "Agent", "Escalated"}) {
                table.column(column);
            }
            for (Ticket t : page.items()) {
                java.time.Instant due = t.sla().firstResponseDue() != null ? t.sla().firstResponseDue() : t.sla().resolutionDue();
                table.addRow().addContent(t.number(), t.subject().length() > 40 ? t.subject().substring(0, 39) + "…" : t.subject(),
                        t.category(), t.priority(), t.status(), t.sla().state(), due == null ? "" : due,
                        t.assignee() != null ? t.assignee() : t.team() != null ? "team " + t.team() : "(routing)", t.escalated() ? "yes" : "");
            }
            table.print(System.out);
            System.out.println(page.items().size() + " of " + page.total() + " tickets");
        } catch (ProblemException e) {
            throw CommandRefusals.refused("Not listed", e);
        }
        return null;
    }
}
