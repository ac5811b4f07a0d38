package org.mosaiccrm.sales.impl.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.mosaiccrm.commons.shell.CommandRefusals;
import org.mosaiccrm.kernel.api.ModuleRegistry;
import org.mosaiccrm.kernel.api.problem.ProblemException;
import org.mosaiccrm.sales.api.Opportunity;
import org.mosaiccrm.sales.api.OpportunityService;
import org.mosaiccrm.sales.impl.SalesModule;

@Command(scope = "crm", name = "opportunity-stage", description = "Moves an opportunity to a stage: an open one, won, or lost (with --reason).")
@Service
public class OpportunityStageCommand implements Action {

    @Option(name = "--reason", description = "Why it was lost (required for lost).")
    String reason;

    @Argument(index = 0, name = "id", required = true, description = "The opportunity's id (Tab lists the open ones).")
    @Completion(OpportunityIdCompleter.class)
    String id;

    @Argument(index = 1, name = "stage", required = true, description = "The stage to move to (Tab lists them).")
    @Completion(StageCompleter.class)
    String stage;

    @Reference(optional = true)
    OpportunityService opportunities;

    @Reference(optional = true)
    ModuleRegistry registry;

    @Override
    public Object execute() throws Exception {
        OpportunityService service = CommandRefusals.require(opportunities, SalesModule.NAME, registry);
        try {
            Opportunity current = service.get(id);
            Opportunity moved = service.moveStage(id, current.version(), stage, reason);
            System.out.println("\"" + moved.title() + "\": " + current.stage() + " -> " + moved.stage() + " (" + moved.probability() + " %)");
        } catch (ProblemException e) {
            throw CommandRefusals.refused("Not moved", e);
        }
        return null;
    }
}
