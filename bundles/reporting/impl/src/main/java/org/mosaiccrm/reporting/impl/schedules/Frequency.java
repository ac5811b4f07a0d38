package org.mosaiccrm.reporting.impl.schedules;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;

/** How often a scheduled report runs: every day, every Monday, every first of the month, at the run hour in the users' zone. */
public enum Frequency {
    DAILY, WEEKLY, MONTHLY;

    /** The first run strictly after {@code after}. */
    public Instant next(Instant after, ZoneId zone, int hour) {
        ZonedDateTime now = after.atZone(zone);
        LocalDate day = now.toLocalDate();
        for (int i = 0; i < 400; i++) {
            LocalDate candidate = day.plusDays(i);
            if (matches(candidate)) {
                ZonedDateTime at = candidate.atTime(hour, 0).atZone(zone);
                if (at.isAfter(now)) {
                    return at.toInstant();
                }
            }
        }
        throw new IllegalStateException("no run within 400 days");
    }

    private boolean matches(LocalDate day) {
        return switch (this) {
            case DAILY -> true;
            case WEEKLY -> day.getDayOfWeek() == DayOfWeek.MONDAY;
            case MONTHLY -> day.equals(day.with(TemporalAdjusters.firstDayOfMonth()));
        };
    }
}
