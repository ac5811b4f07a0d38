package org.mosaiccrm.service.impl.reports;

import java.time.YearMonth;
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
import org.mosaiccrm.service.api.TicketChannel;

/**
 * {@code service.deflection}: per month, the tickets offered articles at once (self-service channels) and
 * those the customer closed with "this article solved it" (resolution {@code DEFLECTED}). The suggestions
 * themselves are not stored: the ticket is the only trace of the question, counted as ServiceFigures does.
 */
final class DeflectionReport implements Report {

    static final String DEFLECTED = "DEFLECTED";

    private static final ReportDefinition DEFINITION = new ReportDefinition("service.deflection",
            Titles.of("Deflection by the knowledge base", "Tickets évités par la base de connaissances"),
            Titles.of("Per month of creation: all tickets, those written by customers on the web form, the portal or by "
                            + "e-mail (offered articles at once), and those of them the customer closed with an article "
                            + "(\"this solved it\"); the deflection rate is the last as a share of the self-service ones.",
                    "Par mois de création : tous les tickets, ceux écrits par les clients sur le formulaire web, le portail ou "
                            + "par e-mail (qui proposent aussitôt des articles), et ceux que le client a clos grâce à un article "
                            + "(« ceci m'a aidé ») ; le taux d'évitement rapporte ces derniers aux tickets en libre-service."),
            Set.of(CrmRoles.AGENT, CrmRoles.MANAGER),
            List.of(ReportParameter.from(), ReportParameter.to()),
            List.of(ReportColumn.of("month", "Month", "Mois", ColumnType.MONTH),
                    ReportColumn.of("tickets", "Tickets", "Tickets", ColumnType.INTEGER),
                    ReportColumn.of("selfService", "Answered automatically", "Réponse automatique", ColumnType.INTEGER),
                    ReportColumn.of("deflected", "Solved by an article", "Résolus par un article", ColumnType.INTEGER),
                    ReportColumn.of("deflectionRate", "Deflection rate", "Taux d'évitement", ColumnType.PERCENT)),
            ChartKind.LINE, Set.of("service"));

    private static final String SQL = "SELECT CREATED_AT, CHANNEL, RESOLUTION FROM SERVICE_TICKET "
            + "WHERE CREATED_AT >= ? AND CREATED_AT < ?";

    private final DataSource dataSource;

    DeflectionReport(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public ReportDefinition definition() {
        return DEFINITION;
    }

    @Override
    public void run(ReportArguments arguments, ReportSink sink) {
        Months months = new Months();
        SqlReport.stream(dataSource, SQL, List.of(arguments.startOf("from"), arguments.endOf("to")), rows -> {
            while (rows.next()) {
                months.add(arguments.monthOf(rows.getTimestamp(1).toInstant()), rows.getString(2), rows.getString(3));
            }
            return null;
        });
        months.emit(sink);
    }

    /** Whether a channel offers articles at once; an unknown stored value does not. */
    static boolean selfService(String channel) {
        for (TicketChannel each : TicketChannel.values()) {
            if (each.name().equals(channel)) {
                return each.isSelfService();
            }
        }
        return false;
    }

    /** Per month: tickets, self-service tickets, deflected self-service tickets. */
    static final class Months {

        private final Map<YearMonth, long[]> months = new TreeMap<>();

        void add(YearMonth month, String channel, String resolution) {
            long[] counts = months.computeIfAbsent(month, m -> new long[3]);
            counts[0]++;
            if (selfService(channel)) {
                counts[1]++;
                // "this article solved it" on a phone or chat ticket is left out, as in the module's ServiceFigures
                counts[2] += DEFLECTED.equals(resolution) ? 1 : 0;
            }
        }

        void emit(ReportSink sink) {
            for (Map.Entry<YearMonth, long[]> month : months.entrySet()) {
                if (!sink.wantsMore()) {
                    return;
                }
                long[] counts = month.getValue();
                sink.row(month.getKey(), counts[0], counts[1], counts[2], SqlReport.percent(counts[2], counts[1]));
            }
        }
    }
}
