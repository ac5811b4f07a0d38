package org.mosaiccrm.service.impl.reports;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
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
import org.mosaiccrm.service.api.TicketPriority;

/**
 * {@code service.tickets}: tickets created in the period by category, channel, priority or month, with the
 * median and 90th percentile of their business time to first response and to resolution. Folded in Java:
 * percentiles and the users' months are not portable SQL.
 */
final class TicketReport implements Report {

    static final String NONE = "(none)";

    private static final ReportDefinition DEFINITION = new ReportDefinition("service.tickets",
            Titles.of("Tickets and service times", "Tickets et délais de service"),
            Titles.of("Tickets created in the period, by category, channel, priority or month: how many are resolved, the "
                            + "median and 90th percentile (nearest rank) of the business hours to first response and to "
                            + "resolution, and the share that breached an SLA target or was escalated.",
                    "Tickets créés sur la période, par catégorie, canal, priorité ou mois : combien sont résolus, la médiane "
                            + "et le 90e centile (rang le plus proche) des heures ouvrées jusqu'à la première réponse et "
                            + "jusqu'à la résolution, et la part ayant dépassé un objectif de SLA ou été escaladée."),
            Set.of(CrmRoles.AGENT, CrmRoles.MANAGER),
            List.of(ReportParameter.from(), ReportParameter.to(),
                    ReportParameter.choice("by", "Group by", "Regrouper par", "category",
                            List.of("category", "channel", "priority", "month"))),
            List.of(ReportColumn.of("key", "Group", "Groupe", ColumnType.TEXT),
                    ReportColumn.of("tickets", "Tickets", "Tickets", ColumnType.INTEGER),
                    ReportColumn.of("resolved", "Resolved", "Résolus", ColumnType.INTEGER),
                    ReportColumn.of("firstResponseMedian", "First response, median", "Première réponse, médiane",
                            ColumnType.DECIMAL, "h"),
                    ReportColumn.of("firstResponseP90", "First response, 90th percentile", "Première réponse, 90e centile",
                            ColumnType.DECIMAL, "h"),
                    ReportColumn.of("resolutionMedian", "Resolution, median", "Résolution, médiane", ColumnType.DECIMAL, "h"),
                    ReportColumn.of("resolutionP90", "Resolution, 90th percentile", "Résolution, 90e centile",
                            ColumnType.DECIMAL, "h"),
                    ReportColumn.of("breachRate", "SLA breached", "SLA dépassé", ColumnType.PERCENT),
                    ReportColumn.of("escalationRate", "Escalated", "Escaladés", ColumnType.PERCENT)),
            ChartKind.BAR, Set.of("service", "manager"));

    // the due times: an open ticket past one is breached even before the SLA scan records it (as SlaClock.state says)
    private static final String SQL = "SELECT CATEGORY, CHANNEL, PRIORITY, CREATED_AT, RESOLVED_AT, FIRST_RESPONSE_BUSINESS_S, "
            + "RESOLUTION_BUSINESS_S, SLA_BREACHED, FIRST_RESPONSE_DUE, NEXT_RESPONSE_DUE, RESOLUTION_DUE, ESCALATED "
            + "FROM SERVICE_TICKET WHERE CREATED_AT >= ? AND CREATED_AT < ?";

    private final DataSource dataSource;

    TicketReport(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public ReportDefinition definition() {
        return DEFINITION;
    }

    @Override
    public void run(ReportArguments arguments, ReportSink sink) {
        String by = arguments.text("by") == null ? "category" : arguments.text("by");
        Instant now = arguments.now();
        Fold fold = new Fold(order(by));
        SqlReport.stream(dataSource, SQL, List.of(arguments.startOf("from"), arguments.endOf("to")), rows -> {
            while (rows.next()) {
                String key = switch (by) {
                    case "channel" -> rows.getString(2);
                    case "priority" -> rows.getString(3);
                    case "month" -> arguments.monthOf(instant(rows, 4)).toString();
                    default -> rows.getString(1);
                };
                fold.add(key, rows.getTimestamp(5) != null, seconds(rows, 6), seconds(rows, 7),
                        breached(rows.getString(8), now, instant(rows, 9), instant(rows, 10), instant(rows, 11)),
                        rows.getBoolean(12)); // SMALLINT on Derby, BOOLEAN on PostgreSQL: both read as a boolean
            }
            return null;
        });
        fold.emit(sink);
    }

    /** Priorities from the most urgent; the other groupings (months as {@code 2026-03}) in text order. */
    static Comparator<String> order(String by) {
        if (!"priority".equals(by)) {
            return Comparator.naturalOrder();
        }
        return Comparator.comparingInt(TicketReport::priorityRank).thenComparing(Comparator.naturalOrder());
    }

    private static int priorityRank(String priority) {
        for (TicketPriority each : TicketPriority.values()) {
            if (each.name().equals(priority)) {
                return each.ordinal();
            }
        }
        return TicketPriority.values().length;
    }

    /** Breached when the SLA scan recorded a breach, or a due time still set (so the ticket is open) has passed. */
    static boolean breached(String recorded, Instant now, Instant... dues) {
        return recorded != null || Arrays.stream(dues).anyMatch(due -> due != null && !due.isAfter(now));
    }

    /**
     * The nearest-rank percentile of ascending values: the smallest value with at least {@code percent} % of
     * the values at or below it; {@code null} without values.
     */
    static Long nearestRank(long[] sorted, int percent) {
        if (sorted.length == 0) {
            return null;
        }
        long rank = Math.max(1, ((long) percent * sorted.length + 99) / 100);
        return sorted[(int) Math.min(rank, sorted.length) - 1];
    }

    /** Seconds as hours with one decimal. */
    static BigDecimal hours(Long seconds) {
        return seconds == null ? null : BigDecimal.valueOf(seconds).divide(BigDecimal.valueOf(3600), 1, RoundingMode.HALF_UP);
    }

    private static Instant instant(ResultSet rows, int column) throws SQLException {
        Timestamp at = rows.getTimestamp(column);
        return at == null ? null : at.toInstant();
    }

    private static Long seconds(ResultSet rows, int column) throws SQLException {
        long value = rows.getLong(column);
        return rows.wasNull() ? null : value;
    }

    /** The groups' counts and business times, then one row per group in order. */
    static final class Fold {

        private final Map<String, Group> groups;

        Fold(Comparator<String> order) {
            this.groups = new TreeMap<>(order);
        }

        void add(String key, boolean resolved, Long firstResponseSeconds, Long resolutionSeconds, boolean breached,
                 boolean escalated) {
            Group group = groups.computeIfAbsent(key == null ? NONE : key, k -> new Group());
            group.tickets++;
            group.resolved += resolved ? 1 : 0;
            group.breached += breached ? 1 : 0;
            group.escalated += escalated ? 1 : 0;
            if (firstResponseSeconds != null) {
                group.firstResponses.add(firstResponseSeconds);
            }
            if (resolutionSeconds != null) {
                group.resolutions.add(resolutionSeconds);
            }
        }

        void emit(ReportSink sink) {
            for (Map.Entry<String, Group> entry : groups.entrySet()) {
                if (!sink.wantsMore()) {
                    return;
                }
                Group group = entry.getValue();
                long[] first = group.firstResponses.sorted();
                long[] resolution = group.resolutions.sorted();
                sink.row(entry.getKey(), group.tickets, group.resolved,
                        hours(nearestRank(first, 50)), hours(nearestRank(first, 90)),
                        hours(nearestRank(resolution, 50)), hours(nearestRank(resolution, 90)),
                        SqlReport.percent(group.breached, group.tickets), SqlReport.percent(group.escalated, group.tickets));
            }
        }
    }

    private static final class Group {
        long tickets;
        long resolved;
        long breached;
        long escalated;
        final Durations firstResponses = new Durations();
        final Durations resolutions = new Durations();
    }

    /** A growing array of seconds: a group keeps its times as primitives, not boxed. */
    private static final class Durations {
        private long[] values = new long[16];
        private int size;

        void add(long value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        long[] sorted() {
            long[] copy = Arrays.copyOf(values, size);
            Arrays.sort(copy);
            return copy;
        }
    }
}
