package org.mosaiccrm.sales.impl.reports;

import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

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
import org.mosaiccrm.sales.api.Forecast;
import org.mosaiccrm.sales.api.ForecastQuery;
import org.mosaiccrm.sales.api.OpportunityService;
import org.mosaiccrm.sales.impl.SalesModule;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The sales reports (docs/sales.md): the forecast and the stage conversion through the module's own service (so a
 * rep's are their own pipeline, as in the REST forecast), and revenue per campaign over the module's own table, so
 * that marketing follows a campaign from its leads to money won.
 */
@Component(service = ReportProvider.class)
public class SalesReports implements ReportProvider {

    private static final Set<String> PIPELINE_ROLES = Set.of(CrmRoles.MANAGER, CrmRoles.SALES);
    private static final ReportParameter FROM = ReportParameter.fromMonth("0M");
    private static final ReportParameter TO = ReportParameter.toMonth("5M");

    private final List<Report> reports;

    @Activate
    public SalesReports(@Reference OpportunityService opportunities,
                        @Reference(target = "(osgi.jndi.service.name=crm)") DataSource dataSource) {
        ReportDefinition forecast = new ReportDefinition(SalesModule.NAME + ".forecast", Titles.of("Sales forecast", "Prévisions de ventes"),
                Titles.of("Per owner, team or everyone and month of expected close: pipeline, weighted (amount × probability), "
                                + "committed, best case and won.",
                        "Par commercial, équipe ou pour tous et par mois de signature prévue : pipeline, pondéré (montant × probabilité), "
                                + "engagé, meilleur cas et gagné."),
                PIPELINE_ROLES, List.of(FROM, TO, ReportParameter.choice("by", "Per", "Par", "owner", List.of("owner", "team", "all"))),
                List.of(ReportColumn.of("group", "Owner or team", "Commercial ou équipe", ColumnType.TEXT),
                        ReportColumn.of("month", "Month", "Mois", ColumnType.MONTH),
                        ReportColumn.of("currency", "Currency", "Devise", ColumnType.TEXT),
                        ReportColumn.of("pipeline", "Pipeline", "Pipeline", ColumnType.MONEY, "currency"),
                        ReportColumn.of("weighted", "Weighted", "Pondéré", ColumnType.MONEY, "currency"),
                        ReportColumn.of("committed", "Committed", "Engagé", ColumnType.MONEY, "currency"),
                        ReportColumn.of("bestCase", "Best case", "Meilleur cas", ColumnType.MONEY, "currency"),
                        ReportColumn.of("won", "Won", "Gagné", ColumnType.MONEY, "currency"),
                        ReportColumn.of("open", "Open opportunities", "Opportunités ouvertes", ColumnType.INTEGER)),
                ChartKind.BAR, Set.of("sales", "manager"));
        ReportDefinition conversion = new ReportDefinition(SalesModule.NAME + ".stage-conversion",
                Titles.of("Stage conversion", "Conversion par étape"),
                Titles.of("Of the opportunities closing in the period that reached each stage, how many went further, and how many were won.",
                        "Parmi les opportunités de la période arrivées à chaque étape, combien sont allées plus loin, combien ont été gagnées."),
                PIPELINE_ROLES, List.of(FROM, TO),
                List.of(ReportColumn.of("stage", "Stage", "Étape", ColumnType.TEXT),
                        ReportColumn.of("reached", "Reached", "Atteinte", ColumnType.INTEGER),
                        ReportColumn.of("advanced", "Went further", "Allées plus loin", ColumnType.INTEGER),
                        ReportColumn.of("won", "Won", "Gagnées", ColumnType.INTEGER),
                        ReportColumn.of("rate", "Conversion", "Conversion", ColumnType.PERCENT)),
                ChartKind.BAR, Set.of("sales", "manager"));
        ReportDefinition campaigns = new ReportDefinition(SalesModule.NAME + ".campaign-revenue",
                Titles.of("Revenue per campaign", "Chiffre d'affaires par campagne"),
                Titles.of("Opportunities from each campaign's leads closing in the period: how many, still open, and won.",
                        "Opportunités issues des prospects de chaque campagne sur la période : nombre, encore ouvertes, gagnées."),
                Set.of(CrmRoles.MARKETING, CrmRoles.MANAGER), List.of(FROM, TO),
                List.of(ReportColumn.of("campaign", "Campaign", "Campagne", ColumnType.TEXT),
                        ReportColumn.of("currency", "Currency", "Devise", ColumnType.TEXT),
                        ReportColumn.of("opportunities", "Opportunities", "Opportunités", ColumnType.INTEGER),
                        ReportColumn.of("pipeline", "Open pipeline", "Pipeline ouvert", ColumnType.MONEY, "currency"),
                        ReportColumn.of("wonCount", "Won", "Gagnées", ColumnType.INTEGER),
                        ReportColumn.of("won", "Revenue won", "CA gagné", ColumnType.MONEY, "currency")),
                ChartKind.BAR, Set.of("marketing", "manager"));
        reports = List.of(
                Report.of(forecast, (arguments, sink) -> {
                    Forecast result = opportunities.forecast(new ForecastQuery(ForecastQuery.GroupBy.valueOf(
                            arguments.text("by").toUpperCase(java.util.Locale.ROOT)), arguments.month("fromMonth"), arguments.month("toMonth"), null));
                    for (Forecast.Row row : result.rows()) {
                        sink.row(row.group(), row.month(), row.currency(), row.pipeline(), row.weighted(), row.committed(),
                                row.bestCase(), row.won(), row.open());
                    }
                }),
                Report.of(conversion, (arguments, sink) -> {
                    Forecast result = opportunities.forecast(new ForecastQuery(ForecastQuery.GroupBy.ALL, arguments.month("fromMonth"),
                            arguments.month("toMonth"), null));
                    result.conversions().forEach(c -> sink.row(c.stage(), c.reached(), c.advanced(), c.won(), c.rate()));
                }),
                new SqlReport(campaigns, dataSource, "SELECT CAMPAIGN, CURRENCY, COUNT(*), "
                        + "SUM(CASE WHEN IS_OPEN = 1 THEN AMOUNT ELSE 0 END), SUM(CASE WHEN STAGE = 'won' THEN 1 ELSE 0 END), "
                        + "SUM(CASE WHEN STAGE = 'won' THEN AMOUNT ELSE 0 END) FROM SALES_OPPORTUNITY "
                        + "WHERE CAMPAIGN IS NOT NULL AND CLOSE_MONTH >= ? AND CLOSE_MONTH <= ? GROUP BY CAMPAIGN, CURRENCY ORDER BY 6 DESC, 1",
                        arguments -> List.of(month(arguments.month("fromMonth")), month(arguments.month("toMonth")))));
    }

    private static int month(java.time.YearMonth month) {
        return month.getYear() * 100 + month.getMonthValue();
    }

    @Override
    public String module() {
        return SalesModule.NAME;
    }

    @Override
    public List<Report> reports() {
        return reports;
    }
}
