package org.mosaiccrm.sales.impl.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.mosaiccrm.commons.shell.CommandRefusals;
import org.mosaiccrm.kernel.api.ModuleRegistry;
import org.mosaiccrm.kernel.api.paging.Page;
import org.mosaiccrm.kernel.api.paging.PageRequest;
import org.mosaiccrm.kernel.api.problem.ProblemException;
import org.mosaiccrm.sales.api.Opportunity;
import org.mosaiccrm.sales.api.OpportunityQuery;
import org.mosaiccrm.sales.api.OpportunityService;
import org.mosaiccrm.sales.impl.SalesModule;

@Command(scope = "crm", name = "opportunity-list", description = "Lists opportunities, soonest expected close first, by owner, customer or stage.")
@Service
public class OpportunityListCommand implements Action {

    @Option(name = "--owner", description = "The owner (a user name, or me).")
    String owner;

    @Option(name = "--customer", description = "The customer's id.")
    String customerId;

    @Option(name = "--stage", description = "The stage (Tab lists them).")
    @Completion(StageCompleter.class)
    String stage;

    @Option(name = "--open", description = "Only those not yet won or lost.")
    boolean open;

    @Option(name = "--limit", description = "How many to show (default 50, at most 500).")
    int limit = 50;

    @Reference(optional = true)
    OpportunityService opportunities;

    @Reference(optional = true)
    ModuleRegistry registry;

    @Override
    public Object execute() throws Exception {
        OpportunityService service = CommandRefusals.require(opportunities, SalesModule.NAME, registry);
        try {
            Page<Opportunity> page = service.search(new OpportunityQuery(owner, customerId, stage, null, open),
                    new PageRequest(0, Math.max(1, Math.min(limit, PageRequest.MAX_LIMIT))));
            ShellTable table = new ShellTable();
            for (String column : new String[] { "Id", "Title", "Amount", "Stage", "%", "Owner", "Close", "Customer" }) {
                table.column(column);
            }
            for (Opportunity o : page.items()) {
                table.addRow().addContent(o.id(), o.title(), o.amount().toPlainString() + " " + o.currency(), o.stage(), o.probability(),
                        o.owner(), o.expectedClose(), o.customerId());
            }
            table.print(System.out);
            System.out.println(page.items().size() + " of " + page.total() + " opportunities");
        } catch (ProblemException e) {
            throw CommandRefusals.refused("Not listed", e);
        }
        return null;
    }
}
