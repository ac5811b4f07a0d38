package org.mosaiccrm.reporting.api;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;

/**
 * A report's checked arguments: every parameter of its definition with its given or default value, typed
 * (DATE a {@link LocalDate}, MONTH a {@link YearMonth}, INTEGER a {@link Long}, TEXT and CHOICE a
 * {@link String}); {@code null} when optional and not given. Dates are days in {@link #zone()}, the zone
 * in which the CRM's users count days and months; {@link #startOf} and {@link #endOf} turn them into the
 * instants the tables store.
 */
public final class ReportArguments {

    private final Map<String, Object> values;
    private final ZoneId zone;
    private final String language;
    private final Instant now;

    /**
     * @param now the moment the report runs, from the reporting module's clock (tests move it): what a report
     *            counts "days ago", "overdue" and "this month" from, never the system clock
     */
    public ReportArguments(Map<String, Object> values, ZoneId zone, String language, Instant now) {
        this.values = Map.copyOf(values);
        this.zone = zone;
        this.language = language == null ? "en" : language;
        this.now = now;
    }

    /** The moment the report runs. */
    public Instant now() {
        return now;
    }

    /** The day the report runs, in the users' zone. */
    public LocalDate today() {
        return LocalDate.ofInstant(now, zone);
    }

    public ZoneId zone() {
        return zone;
    }

    /** The reader's language ({@code fr}, {@code en}): for labels a report itself writes. */
    public String language() {
        return language;
    }

    public Optional<Object> value(String name) {
        return Optional.ofNullable(values.get(name));
    }

    public String text(String name) {
        return (String) values.get(name);
    }

    public LocalDate date(String name) {
        return (LocalDate) values.get(name);
    }

    public YearMonth month(String name) {
        return (YearMonth) values.get(name);
    }

    public Long integer(String name) {
        return (Long) values.get(name);
    }

    /** The first instant of the day a DATE parameter names, or the earliest instant when it is not given. */
    public Instant startOf(String dateParameter) {
        LocalDate day = date(dateParameter);
        return day == null ? Instant.EPOCH : day.atStartOfDay(zone).toInstant();
    }

    /** The first instant after the day a DATE parameter names (so the day is included), or far in the future. */
    public Instant endOf(String dateParameter) {
        LocalDate day = date(dateParameter);
        return day == null ? Instant.parse("9999-01-01T00:00:00Z") : day.plusDays(1).atStartOfDay(zone).toInstant();
    }

    /** The month, in the users' zone, an instant falls in. */
    public YearMonth monthOf(Instant instant) {
        return YearMonth.from(instant.atZone(zone));
    }

    @Override
    public String toString() {
        return values.toString();
    }
}
