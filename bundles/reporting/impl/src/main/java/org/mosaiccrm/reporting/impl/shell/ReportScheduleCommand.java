package org.mosaiccrm.reporting.impl.shell;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
import org.mosaiccrm.reporting.impl.schedules.Schedule;
import org.mosaiccrm.reporting.impl.schedules.ScheduleDesk;

@Command(scope = "crm", name = "report-schedule", description = "Schedules a report (daily, weekly, monthly) as CSV in the report folder; "
        + "without a report, lists the schedules; --remove or --run an existing one by its id.")
@Service
public class ReportScheduleCommand implements Action {

    @Argument(name = "report", description = "The report to schedule (crm:report-list names them).")
    @Completion(ReportNameCompleter.class)
    String report;

    @Option(name = "--every", description = "daily, weekly (Mondays) or monthly (the 1st), at the configured hour.")
    String every = "daily";

    @Option(name = "--param", description = "A parameter as name=value; repeat for several. Relative dates such as from=-1M follow the run date.", multiValued = true)
    List<String> parameters;

    @Option(name = "--language", description = "Column titles in this language (fr, en; default fr).")
    String language = "fr";

    @Option(name = "--remove", description = "Removes the schedule with this id.")
    String remove;

    @Option(name = "--run", description = "Runs the schedule with this id now and says where the file is.")
    String run;

    @Reference(optional = true)
    ScheduleDesk schedules;

    @Reference(optional = true)
    ModuleRegistry registry;

    @Override
    public Object execute() throws Exception {
        ScheduleDesk desk = CommandRefusals.require(schedules, "reporting", registry);
        try {
            if (remove != null) {
                desk.remove(remove);
                System.out.println("Removed " + remove);
            } else if (run != null) {
                Schedule done = desk.runNow(run);
                if (done.lastError() != null) {
                    throw CommandRefusals.refused("Not written: " + done.lastError());
                }
                System.out.println("Wrote " + done.lastRows() + " rows to " + done.lastFile());
            } else if (report != null) {
                Map<String, String> given = new LinkedHashMap<>();
                for (String parameter : parameters == null ? List.<String>of() : parameters) {
                    int equals = parameter.indexOf('=');
                    if (equals <= 0) {
                        throw CommandRefusals.refused("Not scheduled: --param " + parameter + " is not name=value");
                    }
                    given.put(parameter.substring(0, equals).trim(), parameter.substring(equals + 1));
                }
                Schedule added = desk.add(report, given, every, language);
                System.out.println("Scheduled " + added.report() + " " + added.frequency().name().toLowerCase() + ", first run "
                        + added.nextRunAt() + " (id " + added.id() + ")");
            } else {
                List<Schedule> all = desk.list();
                for (Schedule schedule : all) {
                    System.out.printf("%s  %-30s %-8s next %s  last %s%s%n", schedule.id(), schedule.report(),
                            schedule.frequency().name().toLowerCase(), schedule.nextRunAt(), schedule.lastRunAt(),
                            schedule.lastError() != null ? "  FAILED: " + schedule.lastError()
                                    : schedule.lastFile() != null ? "  " + schedule.lastRows() + " rows in " + schedule.lastFile() : "");
                }
                System.out.println(all.size() + " schedules");
            }
        } catch (ProblemException e) {
            throw CommandRefusals.refused("Not done", e);
        }
        return null;
    }
}
