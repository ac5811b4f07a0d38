package org.mosaiccrm.kernel.impl.shell;

import java.util.List;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.mosaiccrm.kernel.impl.schema.SchemaExtender;
import org.mosaiccrm.kernel.impl.schema.SchemaReport;

@Command(scope = "crm", name = "schema", description = "Shows each module's database schema: its changelog, the change sets recorded, and why a module whose schema failed stays inactive.")
@Service
public class SchemaCommand implements Action {

    @Option(name = "--history", description = "Also list every change set of each module's history.")
    boolean history;

    // optional: the command must answer while the database is down
    @Reference(optional = true)
    SchemaExtender schemas;

    @Override
    public Object execute() {
        if (schemas == null) {
            System.err.println("No schema information: the database is not reachable (see crm:health).");
            return null;
        }
        List<SchemaReport> reports = SchemaReport.of(schemas.outcomes());
        ShellTable table = new ShellTable();
        table.column("Module");
        table.column("Bundle");
        table.column("Change sets");
        table.column("New at last start");
        table.column("State").maxSize(100);
        for (SchemaReport report : reports) {
            table.addRow().addContent(report.module(), report.bundle(), report.changeSets().size(),
                    report.appliedAtStart().size(),
                    report.failure() == null ? report.state() : report.state() + ": " + report.failure());
        }
        table.print(System.out);
        if (history) {
            for (SchemaReport report : reports) {
                System.out.println();
                System.out.println(report.module() + " (" + report.changelog() + "):");
                report.changeSets().forEach(set -> System.out.println("  " + set.at() + "  " + set.outcome() + "  "
                        + set.changeSet()));
            }
        }
        return null;
    }
}
