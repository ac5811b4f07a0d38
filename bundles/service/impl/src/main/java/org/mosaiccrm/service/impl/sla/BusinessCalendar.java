package org.mosaiccrm.service.impl.sla;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Business hours in a time zone, with holidays: what SLA targets are counted in. Opening hours read
 * {@code mon-fri 09:00-18:00, sat 09:00-12:00} (several ranges per day allowed: {@code mon-fri 09:00-12:30
 * 14:00-18:00}) or {@code 24x7}. Each day's hours are taken in the zone's local time of that day, so a
 * change to or from summer time moves nothing people see.
 */
public final class BusinessCalendar {

    /** How far ahead a due time is looked for: a calendar open one hour a year still answers. */
    private static final int MAX_DAYS = 800;

    private static final List<String> DAYS = List.of("mon", "tue", "wed", "thu", "fri", "sat", "sun");

    private final ZoneId zone;
    private final Map<DayOfWeek, List<LocalTime[]>> hours;
    private final Set<LocalDate> holidays;
    private final boolean always;

    private BusinessCalendar(ZoneId zone, Map<DayOfWeek, List<LocalTime[]>> hours, Collection<LocalDate> holidays,
                             boolean always) {
        this.zone = zone;
        this.hours = hours;
        this.holidays = Set.copyOf(holidays);
        this.always = always;
    }

    /** Parses the three parts; an {@link IllegalArgumentException} says which part is wrong and what is expected. */
    public static BusinessCalendar of(String timeZone, String openingHours, Collection<LocalDate> holidays) {
        ZoneId zone;
        try {
            zone = ZoneId.of(timeZone == null ? "" : timeZone.trim());
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("'" + timeZone + "' is not a time zone; e.g. Europe/Paris");
        }
        String text = openingHours == null ? "" : openingHours.trim().toLowerCase(Locale.ROOT);
        if (text.equals("24x7") || text.equals("24/7")) {
            return new BusinessCalendar(zone, Map.of(), holidays == null ? List.of() : holidays, true);
        }
        Map<DayOfWeek, List<LocalTime[]>> hours = new EnumMap<>(DayOfWeek.class);
        for (String entry : text.split(",")) {
            String[] parts = entry.trim().split("\\s+");
            if (parts.length < 2 || parts[0].isEmpty()) {
                throw new IllegalArgumentException("'" + entry.trim() + "' must read like mon-fri 09:00-18:00 (or the whole "
                        + "calendar 24x7)");
            }
            List<DayOfWeek> days = days(parts[0]);
            for (int i = 1; i < parts.length; i++) {
                LocalTime[] range = range(parts[i]);
                for (DayOfWeek day : days) {
                    List<LocalTime[]> ranges = hours.computeIfAbsent(day, d -> new ArrayList<>());
                    for (LocalTime[] other : ranges) {
                        if (range[0].isBefore(other[1]) && other[0].isBefore(range[1])) {
                            throw new IllegalArgumentException("'" + parts[i] + "' overlaps " + other[0] + "-" + other[1]
                                    + " on " + DAYS.get(day.ordinal()));
                        }
                    }
                    ranges.add(range);
                    ranges.sort((a, b) -> a[0].compareTo(b[0]));
                }
            }
        }
        if (hours.isEmpty()) {
            throw new IllegalArgumentException("opening hours are needed, e.g. mon-fri 09:00-18:00, or 24x7");
        }
        return new BusinessCalendar(zone, hours, holidays == null ? List.of() : holidays, false);
    }

    private static List<DayOfWeek> days(String text) {
        String[] ends = text.split("-");
        int from = DAYS.indexOf(ends[0]);
        int to = ends.length == 2 ? DAYS.indexOf(ends[1]) : from;
        if (ends.length > 2 || from < 0 || to < 0 || to < from) {
            throw new IllegalArgumentException("'" + text + "' must be a day or a range of days from " + String.join(", ", DAYS)
                    + " (e.g. mon-fri)");
        }
        List<DayOfWeek> days = new ArrayList<>();
        for (int i = from; i <= to; i++) {
            days.add(DayOfWeek.of(i + 1));
        }
        return days;
    }

    private static LocalTime[] range(String text) {
        String[] ends = text.split("-");
        try {
            if (ends.length == 2) {
                LocalTime open = LocalTime.parse(ends[0]);
                LocalTime close = ends[1].equals("24:00") ? LocalTime.MAX : LocalTime.parse(ends[1]);
                if (open.isBefore(close)) {
                    return new LocalTime[] {open, close};
                }
            }
        } catch (DateTimeParseException e) {
            // reported below
        }
        throw new IllegalArgumentException("'" + text + "' must be opening-closing hours like 09:00-18:00 (closing after opening)");
    }

    public ZoneId zone() {
        return zone;
    }

    /** The instant at which {@code businessTime} of open hours have passed since {@code start}. */
    public Instant plus(Instant start, Duration businessTime) {
        if (businessTime.isNegative() || businessTime.isZero()) {
            return start;
        }
        if (always && holidays.isEmpty()) {
            return start.plus(businessTime);
        }
        Duration left = businessTime;
        LocalDate day = start.atZone(zone).toLocalDate();
        for (int i = 0; i < MAX_DAYS; i++, day = day.plusDays(1)) {
            for (Instant[] open : openOn(day)) {
                Instant from = start.isAfter(open[0]) ? start : open[0];
                if (from.isBefore(open[1])) {
                    Duration available = Duration.between(from, open[1]);
                    if (available.compareTo(left) >= 0) {
                        return from.plus(left);
                    }
                    left = left.minus(available);
                }
            }
        }
        throw new IllegalStateException("the calendar has no " + businessTime + " of opening hours within " + MAX_DAYS + " days");
    }

    /** Open time between two instants (zero when {@code to} is not after {@code from}). */
    public Duration between(Instant from, Instant to) {
        if (!to.isAfter(from)) {
            return Duration.ZERO;
        }
        if (always && holidays.isEmpty()) {
            return Duration.between(from, to);
        }
        Duration total = Duration.ZERO;
        LocalDate last = to.atZone(zone).toLocalDate();
        for (LocalDate day = from.atZone(zone).toLocalDate(); !day.isAfter(last); day = day.plusDays(1)) {
            for (Instant[] open : openOn(day)) {
                Instant start = from.isAfter(open[0]) ? from : open[0];
                Instant end = to.isBefore(open[1]) ? to : open[1];
                if (start.isBefore(end)) {
                    total = total.plus(Duration.between(start, end));
                }
            }
        }
        return total;
    }

    private List<Instant[]> openOn(LocalDate day) {
        if (holidays.contains(day)) {
            return List.of();
        }
        if (always) {
            return java.util.Collections.singletonList(new Instant[] {day.atStartOfDay(zone).toInstant(), day.plusDays(1).atStartOfDay(zone).toInstant()});
        }
        List<Instant[]> open = new ArrayList<>();
        for (LocalTime[] range : hours.getOrDefault(day.getDayOfWeek(), List.of())) {
            Instant close = range[1].equals(LocalTime.MAX) ? day.plusDays(1).atStartOfDay(zone).toInstant()
                    : day.atTime(range[1]).atZone(zone).toInstant();
            open.add(new Instant[] {day.atTime(range[0]).atZone(zone).toInstant(), close});
        }
        return open;
    }
}
