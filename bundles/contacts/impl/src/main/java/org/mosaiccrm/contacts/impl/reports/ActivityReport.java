package org.mosaiccrm.contacts.impl.reports;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

import org.mosaiccrm.contacts.api.CustomerStatus;
import org.mosaiccrm.reporting.api.Report;
import org.mosaiccrm.reporting.api.ReportArguments;
import org.mosaiccrm.reporting.api.ReportDefinition;
import org.mosaiccrm.reporting.api.ReportSink;
import org.mosaiccrm.reporting.api.sql.SqlReport;

/**
 * {@code contacts.activity}: per whole month of the period, in the users' zone, the customers created, those
 * with at least one interaction, and those who fell silent that month (their last interaction ever was
 * {@code lapseMonths} months before). Merged customers are left out: they were duplicates, and their
 * interactions moved to the customer they were merged into. Erased customers count: their creation date and
 * timeline are kept precisely so that reports stay true (see privacy.CustomerRemoval).
 */
final class ActivityReport implements Report {

    static final int DEFAULT_LAPSE_MONTHS = 6;

    private static final String NEW_SQL = "SELECT C.CREATED_AT FROM CONTACTS_CUSTOMER C"
            + " WHERE C.STATUS <> ? AND C.CREATED_AT >= ? AND C.CREATED_AT < ?";

    /** A customer's interactions together, so that their distinct months are folded one customer at a time. */
    private static final String ACTIVE_SQL = "SELECT I.CUSTOMER_ID, I.OCCURRED_AT FROM CONTACTS_INTERACTION I"
            + " INNER JOIN CONTACTS_CUSTOMER C ON C.ID = I.CUSTOMER_ID"
            + " WHERE C.STATUS <> ? AND I.OCCURRED_AT >= ? AND I.OCCURRED_AT < ?"
            + " ORDER BY I.CUSTOMER_ID";

    /** Each customer's last interaction ever, when it falls where it makes them lapse in one of the months. */
    private static final String LAST_SQL = "SELECT MAX(I.OCCURRED_AT) FROM CONTACTS_INTERACTION I"
            + " INNER JOIN CONTACTS_CUSTOMER C ON C.ID = I.CUSTOMER_ID"
            + " WHERE C.STATUS <> ?"
            + " GROUP BY I.CUSTOMER_ID"
            + " HAVING MAX(I.OCCURRED_AT) >= ? AND MAX(I.OCCURRED_AT) < ?";

    private static final int NEW = 0;
    private static final int ACTIVE = 1;
    private static final int LAPSED = 2;

    private final ReportDefinition definition;
    private final DataSource dataSource;

    ActivityReport(ReportDefinition definition, DataSource dataSource) {
        this.definition = definition;
        this.dataSource = dataSource;
    }

    @Override
    public ReportDefinition definition() {
        return definition;
    }

    @Override
    public void run(ReportArguments arguments, ReportSink sink) {
        ZoneId zone = arguments.zone();
        List<YearMonth> months = months(arguments.date("from"), arguments.date("to"), YearMonth.from(arguments.today()));
        if (months.isEmpty()) {
            return;
        }
        int lapse = lapseMonths(arguments.integer("lapseMonths"));
        YearMonth first = months.get(0);
        YearMonth last = months.get(months.size() - 1);
        Map<YearMonth, long[]> counts = new LinkedHashMap<>();
        months.forEach(month -> counts.put(month, new long[3]));
        String merged = CustomerStatus.MERGED.name();
        Instant start = start(first, zone);
        Instant end = start(last.plusMonths(1), zone);

        SqlReport.stream(dataSource, NEW_SQL, List.of(merged, start, end), rows -> {
            while (rows.next()) {
                add(counts, arguments.monthOf(rows.getTimestamp(1).toInstant()), NEW);
            }
            return null;
        });
        SqlReport.stream(dataSource, ACTIVE_SQL, List.of(merged, start, end), rows -> {
            String customer = null;
            Set<YearMonth> active = new HashSet<>();
            while (rows.next()) {
                String id = rows.getString(1);
                if (!id.equals(customer)) {
                    active.forEach(month -> add(counts, month, ACTIVE));
                    active.clear();
                    customer = id;
                }
                active.add(arguments.monthOf(rows.getTimestamp(2).toInstant()));
            }
            active.forEach(month -> add(counts, month, ACTIVE));
            return null;
        });
        // lapsed in one of the months: the last interaction lapse months before it
        Instant lastFrom = start(first.minusMonths(lapse), zone);
        Instant lastTo = start(last.minusMonths(lapse).plusMonths(1), zone);
        SqlReport.stream(dataSource, LAST_SQL, List.of(merged, lastFrom, lastTo), rows -> {
            while (rows.next()) {
                add(counts, lapsedIn(arguments.monthOf(rows.getTimestamp(1).toInstant()), lapse), LAPSED);
            }
            return null;
        });

        for (Map.Entry<YearMonth, long[]> month : counts.entrySet()) {
            if (!sink.wantsMore()) {
                return;
            }
            long[] c = month.getValue();
            sink.row(month.getKey(), c[NEW], c[ACTIVE], c[LAPSED]);
        }
    }

    private static void add(Map<YearMonth, long[]> counts, YearMonth month, int what) {
        long[] c = counts.get(month);
        // the bounds are whole months of the same zone: only a guard
        if (c != null) {
            c[what]++;
        }
    }

    private static Instant start(YearMonth month, ZoneId zone) {
        return month.atDay(1).atStartOfDay(zone).toInstant();
    }

    /**
     * The months a period shows, oldest first: every month from the one of {@code from} to the one of
     * {@code to}, none after {@code current} (nothing has happened there yet). Without {@code to}, up to the
     * current month; without {@code from}, the twelve months up to the last.
     */
    static List<YearMonth> months(LocalDate from, LocalDate to, YearMonth current) {
        YearMonth last = to == null || YearMonth.from(to).isAfter(current) ? current : YearMonth.from(to);
        YearMonth first = from == null ? last.minusMonths(11) : YearMonth.from(from);
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
            months.add(month);
        }
        return months;
    }

    /** The month in which a customer whose last interaction was in {@code lastActive} counts as lapsed. */
    static YearMonth lapsedIn(YearMonth lastActive, int lapseMonths) {
        return lastActive.plusMonths(lapseMonths);
    }

    /** The months of silence that make a customer lapsed: as given, kept within 1 to 60, else the default. */
    static int lapseMonths(Long given) {
        return given == null ? DEFAULT_LAPSE_MONTHS : (int) Math.max(1, Math.min(60, given));
    }
}
