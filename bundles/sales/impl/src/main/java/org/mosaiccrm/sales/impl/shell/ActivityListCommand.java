package org.mosaiccrm.sales.impl.shell;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.mosaiccrm.commons.shell.CommandRefusals;
import org.mosaiccrm.kernel.api.ModuleRegistry;
import org.mosaiccrm.kernel.api.RequestParameters;
import org.mosaiccrm.kernel.api.paging.Page;
import org.mosaiccrm.kernel.api.paging.PageRequest;
import org.mosaiccrm.kernel.api.problem.ProblemException;
import org.mosaiccrm.sales.api.Activity;
import org.mosaiccrm.sales.api.ActivityQuery;
import org.mosaiccrm.sales.api.ActivityService;
import org.mosaiccrm.sales.impl.SalesModule;

@Command(scope = "crm", name = "activity-list", description = "Lists planned activities, soonest first: my day with --assignee me --due today.")
@Service
public class ActivityListCommand implements Action {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Option(name = "--assignee", description = "Whose (a user name, or me).")
    String assignee;

    @Option(name = "--due", description = "today (overdue included), week, overdue, upcoming or any (default).")
    @org.apache.karaf.shell.api.action.Completion(value = org.apache.karaf.shell.support.completers.StringsCompleter.class,
            values = { "today", "week", "overdue", "upcoming", "any" })
    String due = "any";

    @Option(name = "--customer", description = "Only this customer's.")
    String customerId;

    @Option(name = "--closed", description = "Done and cancelled ones too.")
    boolean closed;

    @Option(name = "--zone", description = "Show the times in this zone (default: the server's).")
    String zone;

    @Option(name = "--limit", description = "How many to show (default 50, at most 500).")
    int limit = 50;

    @Reference(optional = true)
    ActivityService activities;

    @Reference(optional = true)
    ModuleRegistry registry;

    @Override
    public Object execute() throws Exception {
        ActivityService service = CommandRefusals.require(activities, SalesModule.NAME, registry);
        ZoneId shown;
        try {
            shown = zone == null ? ZoneId.systemDefault() : org.mosaiccrm.sales.impl.pipeline.PipelineSettings.zone(zone);
        } catch (IllegalArgumentException e) {
            throw CommandRefusals.refused("--zone: " + e.getMessage());
        }
        try {
            ActivityQuery.Due window = RequestParameters.enumValue(ActivityQuery.Due.class, "--due", due);
            Page<Activity> page = service.search(new ActivityQuery(assignee, window, customerId, null, null, closed),
                    new PageRequest(0, Math.max(1, Math.min(limit, PageRequest.MAX_LIMIT))));
            ShellTable table = new ShellTable();
            for (String column : new String[] { "Id", "When", "Kind", "Subject", "Assignee", "Status", "Late" }) {
                table.column(column);
            }
            for (Activity a : page.items()) {
                table.addRow().addContent(a.id(), TIME.format(a.dueAt().atZone(shown)), a.kind(), a.subject(), a.assignee(), a.status(),
                        a.overdue() ? "OVERDUE" : "");
            }
            table.print(System.out);
            System.out.println(page.items().size() + " of " + page.total() + " activities");
        } catch (ProblemException e) {
            throw CommandRefusals.refused("Not listed", e);
        }
        return null;
    }
}
