package org.mosaiccrm.reporting.impl.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.mosaiccrm.commons.shell.CommandRefusals;
import org.mosaiccrm.kernel.api.ModuleRegistry;
import org.mosaiccrm.reporting.api.ReportDefinition;
import org.mosaiccrm.reporting.api.ReportParameter;
import org.mosaiccrm.reporting.api.ReportService;

@Command(scope = "crm", name = "report-list", description = "Lists the reports of the running modules that you may run, with their parameters.")
@Service
public class ReportListCommand implements Action {

    @Option(name = "--language", description = "Titles in this language (fr, en; default fr).")
    String language = "fr";

    @Reference(optional = true)
    ReportService reports;

    @Reference(optional = true)
    ModuleRegistry registry;

    @Override
    public Object execute() throws Exception {
        ReportService service = CommandRefusals.require(reports, "reporting", registry);
        var catalog = service.catalog();
        for (ReportDefinition report : catalog) {
            System.out.printf("%-32s %s%n", report.name(), report.titles().in(language));
            for (ReportParameter parameter : report.parameters()) {
                String detail = parameter.type().name().toLowerCase()
                        + (parameter.choices().isEmpty() ? "" : " " + String.join("|", parameter.choices()))
                        + (parameter.defaultValue() == null ? "" : ", default " + parameter.defaultValue());
                System.out.printf("    --param %s=<%s>%n", parameter.name(), detail);
            }
        }
        System.out.println(catalog.size() + " reports");
        return null;
    }
}
