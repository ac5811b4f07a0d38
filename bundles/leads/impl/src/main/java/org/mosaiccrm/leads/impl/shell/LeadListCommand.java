package org.mosaiccrm.leads.impl.shell;

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
import org.mosaiccrm.leads.api.Lead;
import org.mosaiccrm.leads.api.LeadQuery;
import org.mosaiccrm.leads.api.LeadService;
import org.mosaiccrm.leads.api.LeadStatus;

@Command(scope = "crm", name = "lead-list", description = "Lists leads, newest first, by status, owner or campaign.")
@Service
public class LeadListCommand implements Action {

    @Option(name = "--status", description = "NEW, CONTACTED, QUALIFIED, CONVERTED or DISQUALIFIED.")
    LeadStatus status;

    @Option(name = "--owner", description = "The sales rep.")
    String owner;

    @Option(name = "--campaign", description = "The campaign.")
    String campaign;

    @Option(name = "--limit", description = "How many to show (default 50, at most 500).")
    int limit = 50;

    @Reference(optional = true)
    LeadService leads;

    @Reference(optional = true)
    ModuleRegistry registry;

    @Override
    public Object execute() throws Exception {
        LeadService leads = CommandRefusals.require(this.leads, "leads", registry);
        try {
            Page<Lead> page = leads.search(new LeadQuery(status, owner, campaign, null, null, null),
                    new PageRequest(0, Math.max(1, Math.min(limit, PageRequest.MAX_LIMIT))));
            ShellTable table = new ShellTable();
            for (String column : new String[] { "Id", "Name", "Company", "Status", "Score", "Owner", "Campaign", "Source" }) {
                table.column(column);
            }
            for (Lead lead : page.items()) {
                table.addRow().addContent(lead.id(), name(lead), lead.company() == null ? "" : lead.company(), lead.status(),
                        lead.score(), lead.owner() == null ? "" : lead.owner(), lead.campaign() == null ? "" : lead.campaign(),
                        lead.source());
            }
            table.print(System.out);
            System.out.println(page.items().size() + " of " + page.total() + " leads");
        } catch (ProblemException e) {
            throw CommandRefusals.refused("Not listed", e);
        }
        return null;
    }

    static String name(Lead lead) {
        return ((lead.firstName() == null ? "" : lead.firstName()) + " " + (lead.lastName() == null ? "" : lead.lastName())).trim();
    }
}
