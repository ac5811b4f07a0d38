package ${package}.impl.reports;

import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

import ${package}.api.${Module}Service;
import ${package}.impl.${Module}Module;
import org.mosaiccrm.kernel.api.security.CrmRoles;
import org.mosaiccrm.kernel.api.ui.Titles;
import org.mosaiccrm.reporting.api.ChartKind;
import org.mosaiccrm.reporting.api.ColumnType;
import org.mosaiccrm.reporting.api.Report;
import org.mosaiccrm.reporting.api.ReportColumn;
import org.mosaiccrm.reporting.api.ReportDefinition;
import org.mosaiccrm.reporting.api.ReportParameter;
import org.mosaiccrm.reporting.api.ReportProvider;
import org.mosaiccrm.reporting.api.sql.SqlReport;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The module's reports, over its own tables only (docs/reporting.md). Requiring the module's service, they come
 * and go with the module and its license; the reporting module lists them while it runs.
 */
@Component(service = ReportProvider.class)
public class ${Module}Reports implements ReportProvider {

    private final List<Report> reports;

    @Activate
    public ${Module}Reports(@Reference ${Module}Service records, // the reports run while the module does
                            @Reference(target = "(osgi.jndi.service.name=crm)") DataSource dataSource) {
        ReportDefinition byUser = new ReportDefinition(${Module}Module.NAME + ".records-by-user",
                Titles.of("Records by user", "Enregistrements par utilisateur"),
                Titles.of("Records created in the period, per user who created them.",
                        "Enregistrements créés sur la période, par utilisateur qui les a créés."),
                Set.of(CrmRoles.MANAGER), List.of(ReportParameter.from(), ReportParameter.to()),
                List.of(ReportColumn.of("user", "User", "Utilisateur", ColumnType.TEXT),
                        ReportColumn.of("records", "Records", "Enregistrements", ColumnType.INTEGER)),
                ChartKind.BAR, Set.of("manager"));
        reports = List.of(new SqlReport(byUser, dataSource, "SELECT CREATED_BY, COUNT(*) FROM ${MODULE}_RECORD "
                + "WHERE CREATED_AT >= ? AND CREATED_AT < ? GROUP BY CREATED_BY ORDER BY 2 DESC, 1",
                arguments -> List.of(arguments.startOf("from"), arguments.endOf("to"))));
    }

    @Override
    public String module() {
        return ${Module}Module.NAME;
    }

    @Override
    public List<Report> reports() {
        return reports;
    }
}
