package org.mosaiccrm.service.impl.reports;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import javax.sql.DataSource;

import org.mosaiccrm.kernel.api.security.CrmRoles;
import org.mosaiccrm.kernel.api.ui.Titles;
import org.mosaiccrm.reporting.api.ChartKind;
import org.mosaiccrm.reporting.api.ColumnType;
import org.mosaiccrm.reporting.api.Report;
import org.mosaiccrm.reporting.api.ReportArguments;
import org.mosaiccrm.reporting.api.ReportColumn;
import org.mosaiccrm.reporting.api.ReportDefinition;
import org.mosaiccrm.reporting.api.ReportParameter;
import org.mosaiccrm.reporting.api.ReportSink;
import org.mosaiccrm.reporting.api.sql.SqlReport;

/**
 * {@code service.satisfaction}: the surveys answered in the period by agent or category. A survey keeps the
 * ticket's assignee and category of when it was resolved, so no join is needed. Ratings are 1 to 5
 * (SurveyDesk refuses anything else).
 */
final class SatisfactionReport implements Report {

    /** The best rating: surveys are 1 (very unhappy) to 5 (very happy). */
    static final int SCALE = 5;
    /** Satisfied: 4 or 5 out of 5. */
    static final int SATISFIED = 4;

    private static final ReportDefinition DEFINITION = new ReportDefinition("service.satisfaction",
            Titles.of("Customer satisfaction", "Satisfaction des clients"),
            Titles.of("Satisfaction surveys answered in the period, by the agent who resolved the ticket or by its category: "
                            + "responses, average rating out of 5 and share of satisfied customers (4 or 5).",
                    "Enquêtes de satisfaction répondues sur la période, par agent ayant résolu le ticket ou par catégorie : "
                            + "réponses, note moyenne sur 5 et part de clients satisfaits (4 ou 5)."),
            Set.of(CrmRoles.MANAGER),
            List.of(ReportParameter.from(), ReportParameter.to(),
                    ReportParameter.choice("by", "Group by", "Regrouper par", "agent", List.of("agent", "category"))),
            List.of(ReportColumn.of("key", "Group", "Groupe", ColumnType.TEXT),
                    ReportColumn.of("responses", "Responses", "Réponses", ColumnType.INTEGER),
                    ReportColumn.of("averageRating", "Average rating", "Note moyenne", ColumnType.DECIMAL, "/" + SCALE),
                    ReportColumn.of("satisfiedShare", "Satisfied (4-5)", "Satisfaits (4-5)", ColumnType.PERCENT)),
            ChartKind.BAR, Set.of("service"));

    private final DataSource dataSource;

    SatisfactionReport(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public ReportDefinition definition() {
        return DEFINITION;
    }

    @Override
    public void run(ReportArguments arguments, ReportSink sink) {
        // the column comes from the checked choice, never from the caller's text
        String column = "category".equals(arguments.text("by")) ? "CATEGORY" : "AGENT";
        String sql = "SELECT " + column + ", COUNT(*), SUM(RATING), SUM(CASE WHEN RATING >= " + SATISFIED
                + " THEN 1 ELSE 0 END) FROM SERVICE_SURVEY WHERE ANSWERED_AT >= ? AND ANSWERED_AT < ? AND RATING IS NOT NULL "
                + "GROUP BY " + column;
        Map<String, long[]> groups = new TreeMap<>();
        SqlReport.stream(dataSource, sql, List.of(arguments.startOf("from"), arguments.endOf("to")), rows -> {
            while (rows.next()) {
                String key = rows.getString(1);
                long[] counts = {rows.getLong(2), rows.getLong(3), rows.getLong(4)};
                groups.merge(key == null ? TicketReport.NONE : key, counts,
                        (a, b) -> new long[] {a[0] + b[0], a[1] + b[1], a[2] + b[2]});
            }
            return null;
        });
        for (Map.Entry<String, long[]> group : groups.entrySet()) {
            if (!sink.wantsMore()) {
                return;
            }
            long[] counts = group.getValue();
            sink.row(row(group.getKey(), counts[0], counts[1], counts[2]));
        }
    }

    /** A group's row: its responses, their average (2 decimals) and the share of satisfied ones. */
    static Object[] row(String key, long responses, long ratingSum, long satisfied) {
        BigDecimal average = responses == 0 ? null
                : BigDecimal.valueOf(ratingSum).divide(BigDecimal.valueOf(responses), 2, RoundingMode.HALF_UP);
        return new Object[] {key, responses, average, SqlReport.percent(satisfied, responses)};
    }
}
