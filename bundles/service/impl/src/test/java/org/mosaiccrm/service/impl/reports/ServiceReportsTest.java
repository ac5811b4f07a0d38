package org.mosaiccrm.service.impl.reports;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.Test;
import org.mosaiccrm.reporting.api.ReportSink;

public class ServiceReportsTest {

    private final List<Object[]> rows = new ArrayList<>();
    private final ReportSink sink = rows::add;

    @Test
    public void nearestRankIsTheSmallestValueWithTheShareAtOrBelowIt() {
        long[] five = {15, 20, 35, 40, 50};
        assertEquals(Long.valueOf(20), TicketReport.nearestRank(five, 30));
        assertEquals(Long.valueOf(20), TicketReport.nearestRank(five, 40));
        assertEquals(Long.valueOf(35), TicketReport.nearestRank(five, 50));
        assertEquals(Long.valueOf(50), TicketReport.nearestRank(five, 90));
        assertEquals(Long.valueOf(50), TicketReport.nearestRank(five, 100));
        long[] ten = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
        assertEquals(Long.valueOf(5), TicketReport.nearestRank(ten, 50));
        assertEquals(Long.valueOf(9), TicketReport.nearestRank(ten, 90));
        assertEquals(Long.valueOf(1), TicketReport.nearestRank(ten, 0));
        assertEquals(Long.valueOf(7), TicketReport.nearestRank(new long[] {7}, 90));
        assertNull(TicketReport.nearestRank(new long[0], 50));
    }

    @Test
    public void hoursHaveOneDecimalRoundedHalfUp() {
        assertEquals(new BigDecimal("1.5"), TicketReport.hours(5400L));
        assertEquals(new BigDecimal("1.3"), TicketReport.hours(4500L)); // 1.25 h
        assertEquals(new BigDecimal("0.5"), TicketReport.hours(1799L));
        assertEquals(new BigDecimal("0.0"), TicketReport.hours(0L));
        assertNull(TicketReport.hours(null));
    }

    @Test
    public void ticketsFoldIntoCountsPercentilesAndRates() {
        TicketReport.Fold fold = new TicketReport.Fold(TicketReport.order("category"));
        fold.add("delivery", false, null, null, false, false);
        fold.add("billing", true, 1800L, 7200L, false, false);
        fold.add("billing", true, 3600L, 36000L, true, true);
        fold.add("billing", true, 4500L, 90000L, false, false);
        fold.add("billing", false, null, null, true, false);
        fold.add(null, false, null, null, false, false);
        fold.emit(sink);

        assertEquals(3, rows.size());
        assertArrayEquals(new Object[] {"(none)", 1L, 0L, null, null, null, null, new BigDecimal("0.0"), new BigDecimal("0.0")},
                rows.get(0));
        // first responses 1800, 3600, 4500 s: median the 2nd (1 h), 90th percentile the 3rd (1.25 h)
        assertArrayEquals(new Object[] {"billing", 4L, 3L, new BigDecimal("1.0"), new BigDecimal("1.3"),
                new BigDecimal("10.0"), new BigDecimal("25.0"), new BigDecimal("50.0"), new BigDecimal("25.0")}, rows.get(1));
        assertArrayEquals(new Object[] {"delivery", 1L, 0L, null, null, null, null, new BigDecimal("0.0"), new BigDecimal("0.0")},
                rows.get(2));
    }

    @Test
    public void aFoldStopsWhenTheSinkHasEnough() {
        TicketReport.Fold fold = new TicketReport.Fold(TicketReport.order("channel"));
        fold.add("EMAIL", false, null, null, false, false);
        fold.add("PHONE", false, null, null, false, false);
        fold.emit(new ReportSink() {
            @Override
            public void row(Object... values) {
                rows.add(values);
            }

            @Override
            public boolean wantsMore() {
                return rows.isEmpty();
            }
        });
        assertEquals(1, rows.size());
        assertEquals("EMAIL", rows.get(0)[0]);
    }

    @Test
    public void prioritiesComeMostUrgentFirst() {
        List<String> sorted = Stream.of("LOW", "OTHER", "URGENT", "NORMAL", "HIGH")
                .sorted(TicketReport.order("priority")).collect(Collectors.toList());
        assertEquals(List.of("URGENT", "HIGH", "NORMAL", "LOW", "OTHER"), sorted);
    }

    @Test
    public void aTicketIsBreachedWhenRecordedOrPastAStillSetDueTime() {
        Instant now = Instant.parse("2026-03-02T10:00:00Z");
        assertFalse(TicketReport.breached(null, now, null, null, null));
        assertTrue(TicketReport.breached("FIRST_RESPONSE", now, null, null, null));
        assertTrue(TicketReport.breached(null, now, null, null, now));
        assertFalse(TicketReport.breached(null, now, now.plusSeconds(1), null, null));
    }

    @Test
    public void satisfactionAveragesRatingsAndCountsFourAndFiveAsSatisfied() {
        // ratings 5, 4, 4: 13 / 3
        assertArrayEquals(new Object[] {"anne", 3L, new BigDecimal("4.33"), new BigDecimal("66.7")},
                SatisfactionReport.row("anne", 3, 13, 2));
        assertArrayEquals(new Object[] {"(none)", 2L, new BigDecimal("2.50"), new BigDecimal("0.0")},
                SatisfactionReport.row("(none)", 2, 5, 0));
    }

    @Test
    public void deflectionCountsSelfServiceTicketsClosedByAnArticlePerMonth() {
        DeflectionReport.Months months = new DeflectionReport.Months();
        YearMonth january = YearMonth.of(2026, 1);
        months.add(january, "WEB_FORM", "DEFLECTED");
        months.add(january, "PORTAL", "RESOLVED");
        months.add(january, "EMAIL", null);
        months.add(january, "PHONE", "DEFLECTED"); // not a self-service channel: a ticket, not a deflection
        months.add(YearMonth.of(2025, 12), "CHAT", null);
        months.emit(sink);

        assertEquals(2, rows.size());
        assertArrayEquals(new Object[] {YearMonth.of(2025, 12), 1L, 0L, 0L, null}, rows.get(0));
        assertArrayEquals(new Object[] {january, 4L, 3L, 1L, new BigDecimal("33.3")}, rows.get(1));
    }
}
