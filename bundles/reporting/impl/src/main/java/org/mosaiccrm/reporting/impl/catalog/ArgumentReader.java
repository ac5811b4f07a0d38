package org.mosaiccrm.reporting.impl.catalog;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.mosaiccrm.kernel.api.problem.FieldError;
import org.mosaiccrm.kernel.api.problem.ValidationException;
import org.mosaiccrm.reporting.api.ReportArguments;
import org.mosaiccrm.reporting.api.ReportDefinition;
import org.mosaiccrm.reporting.api.ReportParameter;

/**
 * Turns the parameters a user gave (query parameters, {@code --param}, a schedule's) into a report's typed
 * arguments, every mistake at once: an unknown name, a value of the wrong type, a missing required one, a
 * period that ends before it starts. A DATE default may be relative to today in the users' zone
 * ({@code -12M}, {@code 0D}, {@code -1Y}), a MONTH one to this month ({@code -11M}, {@code 0M}).
 */
public final class ArgumentReader {

    /** Names a client may always send without the report declaring them. */
    public static final List<String> RESERVED = List.of("format", "language");

    private static final Pattern RELATIVE = Pattern.compile("([+-]?\\d{1,4})([DMY])");
    private static final int TEXT_LIMIT = 200;
    private static final int FIRST_YEAR = 1900;
    private static final int LAST_YEAR = 9000;

    private ArgumentReader() {
    }

    public static ReportArguments read(ReportDefinition definition, Map<String, String> given, java.time.Instant now, ZoneId zone,
                                       String language) {
        LocalDate today = LocalDate.ofInstant(now, zone);
        List<FieldError> errors = new ArrayList<>();
        for (String name : given.keySet()) {
            if (!RESERVED.contains(name) && definition.parameters().stream().noneMatch(p -> p.name().equals(name))) {
                errors.add(new FieldError(name, "is not a parameter of " + definition.name() + " (it takes: "
                        + String.join(", ", definition.parameters().stream().map(ReportParameter::name).toList()) + ")"));
            }
        }
        Map<String, Object> values = new HashMap<>();
        for (ReportParameter parameter : definition.parameters()) {
            String raw = given.get(parameter.name());
            boolean defaulted = raw == null || raw.isBlank();
            String text = defaulted ? parameter.defaultValue() : raw.trim();
            if (text == null) {
                if (parameter.required()) {
                    errors.add(new FieldError(parameter.name(), "is required"));
                }
                continue;
            }
            try {
                values.put(parameter.name(), value(parameter, text, today));
            } catch (IllegalArgumentException | DateTimeParseException e) {
                errors.add(new FieldError(parameter.name(), message(parameter)));
            }
        }
        if (values.get("from") instanceof LocalDate from && values.get("to") instanceof LocalDate to && to.isBefore(from)) {
            errors.add(new FieldError("to", "must not be before from (" + from + ")"));
        }
        if (values.get("fromMonth") instanceof YearMonth from && values.get("toMonth") instanceof YearMonth to && to.isBefore(from)) {
            errors.add(new FieldError("toMonth", "must not be before fromMonth (" + from + ")"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return new ReportArguments(values, zone, language, now);
    }

    private static Object value(ReportParameter parameter, String text, LocalDate today) {
        return switch (parameter.type()) {
            case DATE -> date(text, today);
            case MONTH -> {
                Matcher relative = RELATIVE.matcher(text);
                YearMonth month = relative.matches() && relative.group(2).equals("M")
                        ? YearMonth.from(today).plusMonths(Integer.parseInt(relative.group(1))) : YearMonth.parse(text);
                if (month.getYear() < FIRST_YEAR || month.getYear() > LAST_YEAR) {
                    throw new IllegalArgumentException(text);
                }
                yield month;
            }
            case INTEGER -> {
                if (!text.matches("-?\\d{1,12}")) {
                    throw new IllegalArgumentException(text);
                }
                long number = Long.parseLong(text);
                if (parameter.min() != null && number < parameter.min() || parameter.max() != null && number > parameter.max()) {
                    throw new IllegalArgumentException(text);
                }
                yield number;
            }
            case TEXT -> {
                if (text.length() > TEXT_LIMIT || text.chars().anyMatch(Character::isISOControl)) {
                    throw new IllegalArgumentException(text);
                }
                yield text;
            }
            case CHOICE -> {
                if (!parameter.choices().contains(text)) {
                    throw new IllegalArgumentException(text);
                }
                yield text;
            }
        };
    }

    private static LocalDate date(String text, LocalDate today) {
        Matcher relative = RELATIVE.matcher(text);
        LocalDate day;
        if (relative.matches()) {
            int amount = Integer.parseInt(relative.group(1));
            day = switch (relative.group(2)) {
                case "D" -> today.plusDays(amount);
                case "M" -> today.plusMonths(amount);
                default -> today.plusYears(amount);
            };
        } else {
            day = LocalDate.parse(text);
        }
        // what every database the CRM runs on stores, relative or not (+9999Y would fail in the query, after the 200)
        if (day.getYear() < FIRST_YEAR || day.getYear() > LAST_YEAR) {
            throw new IllegalArgumentException(text);
        }
        return day;
    }

    private static String message(ReportParameter parameter) {
        return switch (parameter.type()) {
            case DATE -> "must be a date such as 2026-03-31 or -12M (from 1900 to 9000)";
            case MONTH -> "must be a month such as 2026-03 or -11M (from 1900 to 9000)";
            case INTEGER -> "must be a whole number" + (parameter.min() == null && parameter.max() == null ? ""
                    : " from " + (parameter.min() == null ? "any" : parameter.min()) + " to " + (parameter.max() == null ? "any" : parameter.max()));
            case TEXT -> "must be one line of at most " + TEXT_LIMIT + " characters";
            case CHOICE -> "must be one of " + String.join(", ", parameter.choices());
        };
    }
}
