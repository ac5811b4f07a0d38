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

    private ArgumentReader() {
    }

    public static ReportArguments read(ReportDefinition definition, Map<String, String> given, LocalDate today, ZoneId zone,
                                       String language) {
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
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return new ReportArguments(values, zone, language);
    }

    private static Object value(ReportParameter parameter, String text, LocalDate today) {
        return switch (parameter.type()) {
            case DATE -> date(text, today);
            case MONTH -> {
                Matcher relative = RELATIVE.matcher(text);
                yield relative.matches() && relative.group(2).equals("M") ? YearMonth.from(today).plusMonths(Integer.parseInt(relative.group(1)))
                        : YearMonth.parse(text);
            }
            case INTEGER -> {
                if (!text.matches("-?\\d{1,12}")) {
                    throw new IllegalArgumentException(text);
                }
                yield Long.valueOf(text);
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
        if (relative.matches()) {
            int amount = Integer.parseInt(relative.group(1));
            return switch (relative.group(2)) {
                case "D" -> today.plusDays(amount);
                case "M" -> today.plusMonths(amount);
                default -> today.plusYears(amount);
            };
        }
        LocalDate day = LocalDate.parse(text);
        if (day.getYear() < 1900 || day.getYear() > 9000) {
            throw new IllegalArgumentException(text);
        }
        return day;
    }

    private static String message(ReportParameter parameter) {
        return switch (parameter.type()) {
            case DATE -> "must be a date such as 2026-03-31 (from 1900 to 9000)";
            case MONTH -> "must be a month such as 2026-03";
            case INTEGER -> "must be a whole number";
            case TEXT -> "must be one line of at most " + TEXT_LIMIT + " characters";
            case CHOICE -> "must be one of " + String.join(", ", parameter.choices());
        };
    }
}
