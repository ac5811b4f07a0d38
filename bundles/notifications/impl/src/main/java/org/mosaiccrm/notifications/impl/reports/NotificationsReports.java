package org.mosaiccrm.notifications.impl.reports;

import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

import org.mosaiccrm.kernel.api.security.CrmRoles;
import org.mosaiccrm.kernel.api.ui.Titles;
import org.mosaiccrm.notifications.api.NotificationService;
import org.mosaiccrm.notifications.impl.NotificationsModule;
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
 * The module's report, over its own outbox (docs/reporting.md): how the messages of a period fared, per template and
 * state — what a manager looks at when customers say they got nothing.
 */
@Component(service = ReportProvider.class)
public class NotificationsReports implements ReportProvider {

    private final List<Report> reports;

    @Activate
    public NotificationsReports(@Reference NotificationService notifications, // the reports run while the module does
                                @Reference(target = "(osgi.jndi.service.name=crm)") DataSource dataSource) {
        ReportDefinition delivery = new ReportDefinition(NotificationsModule.NAME + ".delivery",
                Titles.of("E-mail delivery", "Distribution des e-mails"),
                Titles.of("Messages written in the period, per template and state, with their attempts.",
                        "Messages écrits sur la période, par modèle et par état, avec leurs tentatives."),
                Set.of(CrmRoles.MANAGER), List.of(ReportParameter.from(), ReportParameter.to()),
                List.of(ReportColumn.of("template", "Template", "Modèle", ColumnType.TEXT),
                        ReportColumn.of("state", "State", "État", ColumnType.TEXT),
                        ReportColumn.of("messages", "Messages", "Messages", ColumnType.INTEGER),
                        ReportColumn.of("attempts", "Attempts", "Tentatives", ColumnType.INTEGER)),
                ChartKind.BAR, Set.of("manager"));
        reports = List.of(new SqlReport(delivery, dataSource, "SELECT TEMPLATE, STATE, COUNT(*), SUM(ATTEMPTS) FROM NOTIFICATIONS_MESSAGE "
                + "WHERE CREATED_AT >= ? AND CREATED_AT < ? GROUP BY TEMPLATE, STATE ORDER BY 1, 2",
                arguments -> List.of(arguments.startOf("from"), arguments.endOf("to"))));
    }

    @Override
    public String module() {
        return NotificationsModule.NAME;
    }

    @Override
    public List<Report> reports() {
        return reports;
    }
}
