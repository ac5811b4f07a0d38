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
import org.mosaiccrm.sales.api.Activity;
import org.mosaiccrm.sales.api.ActivityService;
import org.mosaiccrm.sales.impl.SalesModule;

@Command(scope = "crm", name = "activity-done", description = "Marks a planned activity done; with a customer, it goes on their timeline.")
@Service
public class ActivityDoneCommand implements Action {

    @Option(name = "--outcome", description = "What came of it, e.g. \"rappel le 12\".")
    String outcome;

    @Argument(index = 0, name = "id", required = true, description = "The activity's id (Tab lists the planned ones).")
    @Completion(ActivityIdCompleter.class)
    String id;

    @Reference(optional = true)
    ActivityService activities;

    @Reference(optional = true)
    ModuleRegistry registry;

    @Override
    public Object execute() throws Exception {
        ActivityService service = CommandRefusals.require(activities, SalesModule.NAME, registry);
        try {
            Activity done = service.complete(id, service.get(id).version(), outcome);
            System.out.println("Done: " + done.subject() + (done.customerId() == null ? "" : " (on the customer's timeline)"));
        } catch (ProblemException e) {
            throw CommandRefusals.refused("Not done", e);
        }
        return null;
    }
}
