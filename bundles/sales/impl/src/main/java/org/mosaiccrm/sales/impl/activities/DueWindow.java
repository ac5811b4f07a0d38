package org.mosaiccrm.sales.impl.activities;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;

import org.mosaiccrm.sales.api.ActivityQuery;

/**
 * The due-time bounds of a window, in the reps' zone: "today" and "this week" hold what is still planned from
 * before (overdue, flagged) up to tonight, or Sunday night; "overdue" what is planned before now.
 *
 * @param after  inclusive lower bound, {@code null} for none
 * @param before exclusive upper bound, {@code null} for none
 */
public record DueWindow(Instant after, Instant before) {

    public static DueWindow of(ActivityQuery.Due due, Instant now, ZoneId zone) {
        LocalDate today = LocalDate.ofInstant(now, zone);
        return switch (due == null ? ActivityQuery.Due.ANY : due) {
            case TODAY -> new DueWindow(null, today.plusDays(1).atStartOfDay(zone).toInstant());
            case WEEK -> new DueWindow(null, today.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY)).plusDays(1).atStartOfDay(zone).toInstant());
            case OVERDUE -> new DueWindow(null, now);
            case UPCOMING -> new DueWindow(now, null);
            case RECENT -> new DueWindow(today.minusDays(30).atStartOfDay(zone).toInstant(), null);
            case ANY -> new DueWindow(null, null);
        };
    }
}
