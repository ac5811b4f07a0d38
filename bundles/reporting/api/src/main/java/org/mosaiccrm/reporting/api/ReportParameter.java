package org.mosaiccrm.reporting.api;

import java.util.List;
import java.util.Objects;

import org.mosaiccrm.kernel.api.ui.Titles;

/**
 * A parameter of a report, given as a query parameter ({@code ?from=2026-01-01}) or {@code --param}.
 *
 * @param name         the parameter's name
 * @param titles       what people read
 * @param type         what it takes; checked before the report runs (a wrong value is a 422 naming it)
 * @param required     whether the report cannot run without it
 * @param defaultValue the value when none is given (a {@link ReportArguments} relative date such as
 *                     {@code -12M} for DATE parameters is allowed), or {@code null}
 * @param choices      for CHOICE, the values allowed
 * @param min          for INTEGER, the smallest value allowed, or {@code null}
 * @param max          for INTEGER, the largest value allowed, or {@code null}
 */
public record ReportParameter(String name, Titles titles, ParameterType type, boolean required, String defaultValue,
                              List<String> choices, Long min, Long max) {

    /** A parameter without bounds. */
    public ReportParameter(String name, Titles titles, ParameterType type, boolean required, String defaultValue, List<String> choices) {
        this(name, titles, type, required, defaultValue, choices, null, null);
    }

    public ReportParameter {
        if (name == null || !name.matches("[a-z][A-Za-z0-9]{0,63}") || name.equals("format")) {
            throw new IllegalArgumentException("a parameter name is camelCase letters and digits, not 'format': " + name);
        }
        Objects.requireNonNull(titles, "titles");
        Objects.requireNonNull(type, "type");
        choices = choices == null ? List.of() : List.copyOf(choices);
        if (min != null && max != null && min > max) {
            throw new IllegalArgumentException("a parameter's min is at most its max: " + name);
        }
        if (type == ParameterType.CHOICE && choices.isEmpty()) {
            throw new IllegalArgumentException("a CHOICE parameter lists its choices: " + name);
        }
    }

    /** The usual first day of a period: a date, by default a year before today. */
    public static ReportParameter from() {
        return new ReportParameter("from", Titles.of("From", "Du"), ParameterType.DATE, false, "-12M", List.of());
    }

    /** The usual last day of a period (included): a date, by default today. */
    public static ReportParameter to() {
        return new ReportParameter("to", Titles.of("To", "Au"), ParameterType.DATE, false, "0D", List.of());
    }

    /**
     * The usual first month of a period, {@code fromMonth} (the catalog checks it is not after {@code toMonth}),
     * by default {@code defaultValue}: a month, or one relative to this month such as {@code -11M}.
     *
     * @since 1.1
     */
    public static ReportParameter fromMonth(String defaultValue) {
        return new ReportParameter("fromMonth", Titles.of("From month", "Du mois"), ParameterType.MONTH, false, defaultValue, List.of());
    }

    /**
     * The usual last month of a period (included), {@code toMonth}, by default {@code defaultValue} ({@code 0M}: this month).
     *
     * @since 1.1
     */
    public static ReportParameter toMonth(String defaultValue) {
        return new ReportParameter("toMonth", Titles.of("To month", "Au mois"), ParameterType.MONTH, false, defaultValue, List.of());
    }

    public static ReportParameter choice(String name, String english, String french, String defaultValue, List<String> choices) {
        return new ReportParameter(name, Titles.of(english, french), ParameterType.CHOICE, false, defaultValue, choices);
    }

    public static ReportParameter text(String name, String english, String french) {
        return new ReportParameter(name, Titles.of(english, french), ParameterType.TEXT, false, null, List.of());
    }

    /** A whole number from {@code min} to {@code max}: a value outside is refused (422), never silently changed. */
    public static ReportParameter integer(String name, String english, String french, int defaultValue, long min, long max) {
        return new ReportParameter(name, Titles.of(english, french), ParameterType.INTEGER, false,
                Integer.toString(defaultValue), List.of(), min, max);
    }
}
