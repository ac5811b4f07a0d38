package org.mosaiccrm.sales.impl.shell;

import java.time.YearMonth;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.apache.karaf.shell.support.table.ShellTable;
import org.mosaiccrm.commons.shell.CommandRefusals;
import org.mosaiccrm.kernel.api.ModuleRegistry;
import org.mosaiccrm.kernel.api.problem.ProblemException;
import org.mosaiccrm.kernel.api.problem.ValidationException;
import org.mosaiccrm.sales.api.Forecast;
import org.mosaiccrm.sales.api.ForecastQuery;
import org.mosaiccrm.sales.api.OpportunityService;
import org.mosaiccrm.sales.impl.SalesModule;

@Command(scope = "crm", name = "forecast", description = "Prints the sales forecast per owner, team or for everyone, and the stage conversion.")
@Service
public class ForecastCommand implements Action {

    @Option(name = "--by", description = "owner (default), team or all.")
    @org.apache.karaf.shell.api.action.Completion(value = StringsCompleter.class, values = { "owner", "team", "all" })
    String by = "owner";

    @Option(name = "--from", description = "First month, e.g. 2026-01 (default: this month).")
    String from;

    @Option(name = "--to", description = "Last month, included (default: five months after --from).")
    String to;

    @Reference(optional = true)
    OpportunityService opportunities;

    @Reference(optional = true)
    ModuleRegistry registry;

    @Override
    public Object execute() throws Exception {
        OpportunityService service = CommandRefusals.require(opportunities, SalesModule.NAME, registry);
        try {
            YearMonth first = from == null ? YearMonth.now() : month("--from", from);
            YearMonth last = to == null ? first.plusMonths(5) : month("--to", to);
            ForecastQuery.GroupBy groupBy;
            try {
                groupBy = ForecastQuery.GroupBy.valueOf(by.trim().toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new ValidationException("--by", "must be owner, team or all");
            }
            Forecast forecast = service.forecast(new ForecastQuery(groupBy, first, last, null));
            ShellTable table = new ShellTable();
            for (String column : new String[] { "Group", "Month", "Cur.", "Pipeline", "Weighted", "Committed", "Best case", "Won", "Open" }) {
                table.column(column);
            }
            for (Forecast.Row row : forecast.rows()) {
                table.addRow().addContent(row.group(), row.month(), row.currency(), row.pipeline(), row.weighted(), row.committed(),
                        row.bestCase(), row.won(), row.open());
            }
            table.print(System.out);
            ShellTable conversion = new ShellTable();
            for (String column : new String[] { "Stage", "Reached", "Went further", "Won", "Conversion %" }) {
                conversion.column(column);
            }
            forecast.conversions().forEach(c -> conversion.addRow().addContent(c.stage(), c.reached(), c.advanced(), c.won(),
                    c.rate() == null ? "-" : c.rate()));
            conversion.print(System.out);
        } catch (ProblemException e) {
            throw CommandRefusals.refused("No forecast", e);
        }
        return null;
    }

    private static YearMonth month(String option, String value) {
        try {
            YearMonth month = YearMonth.parse(value.trim());
            if (month.getYear() < 2000 || month.getYear() > 9999) {
                throw new ValidationException(option, "must be a month from 2000-01 to 9999-12");
            }
            return month;
        } catch (java.time.format.DateTimeParseException e) {
            throw new ValidationException(option, "must be a month such as 2026-01");
        }
    }
}
