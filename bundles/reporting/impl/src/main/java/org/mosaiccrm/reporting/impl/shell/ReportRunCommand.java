package org.mosaiccrm.reporting.impl.shell;

import java.io.IOException;
import java.nio.file.Path;
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
import org.apache.karaf.shell.support.CommandException;
import org.mosaiccrm.commons.shell.CommandRefusals;
import org.mosaiccrm.commons.shell.ConsoleFiles;
import org.mosaiccrm.kernel.api.ModuleRegistry;
import org.mosaiccrm.kernel.api.problem.ProblemException;
import org.mosaiccrm.reporting.api.ReportColumn;
import org.mosaiccrm.reporting.api.ReportService;
import org.mosaiccrm.reporting.impl.ReportingServiceImpl;
import org.mosaiccrm.reporting.impl.ReportingServiceImpl.PreparedReport;
import org.mosaiccrm.reporting.impl.output.ReportFiles;

@Command(scope = "crm", name = "report-run", description = "Runs a report: a table on the console, or a CSV file with --csv.")
@Service
public class ReportRunCommand implements Action {

    @Argument(name = "name", description = "The report (crm:report-list names them).", required = true)
    @Completion(ReportNameCompleter.class)
    String name;

    @Option(name = "--param", description = "A parameter as name=value; repeat for several (e.g. --param from=2026-01-01 --param by=region).", multiValued = true)
    List<String> parameters;

    @Option(name = "--csv", description = "Writes the rows to this CSV file instead of the console (written whole or not at all; "
            + "administrators name any path, others a file in data/exchange).")
    String csv;

    @Option(name = "--language", description = "Column titles in this language (fr, en; default fr).")
    String language = "fr";

    @Option(name = "--max-rows", description = "Rows shown on the console (default 200; a CSV file gets them all).")
    int maxRows = 200;

    @Reference(optional = true)
    ReportService reports;

    @Reference(optional = true)
    ModuleRegistry registry;

    @Override
    public Object execute() throws Exception {
        ReportingServiceImpl service = (ReportingServiceImpl) CommandRefusals.require(reports, "reporting", registry);
        Map<String, String> given = new LinkedHashMap<>();
        for (String parameter : parameters == null ? List.<String>of() : parameters) {
            int equals = parameter.indexOf('=');
            if (equals <= 0) {
                throw CommandRefusals.refused("Not run: --param " + parameter + " is not name=value");
            }
            if (given.put(parameter.substring(0, equals).trim(), parameter.substring(equals + 1)) != null) {
                throw CommandRefusals.refused("Not run: --param " + parameter.substring(0, equals) + " is given twice");
            }
        }
        given.put("language", language);
        try {
            PreparedReport prepared = service.prepare(name, given, language);
            if (csv != null) {
                writeCsv(service, prepared, ConsoleFiles.resolve(csv, "write"));
            } else {
                printTable(service, prepared);
            }
        } catch (ProblemException e) {
            throw CommandRefusals.refused("Not run", e);
        }
        return null;
    }

    private void writeCsv(ReportingServiceImpl service, PreparedReport prepared, Path file) throws CommandException {
        try {
            long rows = ReportFiles.write(service, prepared, file, language);
            System.out.println("Wrote " + rows + " rows to " + file);
        } catch (IOException e) {
            throw CommandRefusals.refused("Not written: " + e.getMessage());
        }
    }

    private void printTable(ReportingServiceImpl service, PreparedReport prepared) {
        List<ReportColumn> columns = prepared.definition().columns();
        System.out.println(String.join(" | ", columns.stream().map(column -> column.titles().in(language)).toList()));
        long[] shown = { 0 };
        service.execute(prepared, new org.mosaiccrm.reporting.api.ReportSink() {
            @Override
            public void row(Object... values) {
                StringBuilder line = new StringBuilder();
                for (int i = 0; i < values.length; i++) {
                    line.append(i == 0 ? "" : " | ").append(values[i] instanceof java.math.BigDecimal decimal ? decimal.toPlainString()
                            : values[i] == null ? "" : values[i]);
                }
                System.out.println(line);
                shown[0]++;
            }

            @Override
            public boolean wantsMore() {
                return shown[0] < Math.max(1, maxRows);
            }
        });
        System.out.println(shown[0] + " rows" + (shown[0] >= maxRows ? " (more with --max-rows or --csv)" : ""));
    }
}
