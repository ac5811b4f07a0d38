package org.mosaiccrm.contacts.impl.customers;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.mosaiccrm.contacts.api.CustomFieldDefinition;
import org.mosaiccrm.contacts.api.CustomFieldDefinition.Type;
import org.mosaiccrm.kernel.api.problem.FieldError;

/**
 * The deployment's custom fields: definitions read from configuration ({@code name:type}), values
 * checked against their type and stored as canonical text, read back typed.
 */
public final class CustomFields {

    static final int MAX_TEXT = 500;
    /** A number field is stored as text of at most {@value #MAX_TEXT} characters; 40 digits is plenty. */
    static final int MAX_NUMBER_DIGITS = 40;
    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,63}");

    private final Map<String, Type> types;

    private CustomFields(Map<String, Type> types) {
        this.types = types;
    }

    /**
     * Reads {@code name:type} entries.
     *
     * @throws IllegalArgumentException naming the bad entry: a deployment with a typo in its
     *         configuration should see it at once, not lose values later
     */
    public static CustomFields parse(String[] specs) {
        Map<String, Type> types = new LinkedHashMap<>();
        // a .cfg file gives one string "a:text, b:date"; a .config file or the web console an array
        for (String spec : org.mosaiccrm.kernel.api.config.ConfigurationValues.entries(specs)) {
            String[] parts = spec.trim().split("\\s*:\\s*");
            if (parts.length != 2 || !NAME.matcher(parts[0]).matches()) {
                throw new IllegalArgumentException("'" + spec + "' must be name:type with a name of letters, "
                        + "digits and _ and a type among text, number, date, boolean");
            }
            try {
                types.put(parts[0], Type.valueOf(parts[1].toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("'" + spec + "': unknown type '" + parts[1]
                        + "'; allowed: text, number, date, boolean");
            }
        }
        return new CustomFields(types);
    }

    public List<CustomFieldDefinition> definitions() {
        return types.entrySet().stream().map(e -> new CustomFieldDefinition(e.getKey(), e.getValue())).toList();
    }

    boolean defines(String name) {
        return types.containsKey(name);
    }

    /** The values as stored text, adding an error for each unknown field or value of the wrong type. */
    Map<String, String> toStored(Map<String, Object> values, List<FieldError> errors) {
        Map<String, String> stored = new TreeMap<>();
        values.forEach((name, value) -> {
            String field = "customFields." + name;
            Type type = types.get(name);
            if (type == null) {
                errors.add(new FieldError(field, types.isEmpty() ? "this deployment defines no custom fields"
                        : "is not a custom field here; defined: " + String.join(", ", types.keySet())));
            } else if (value != null) {
                String text = canonical(type, value);
                if (text == null) {
                    errors.add(new FieldError(field, "must be " + describe(type)));
                } else {
                    stored.put(name, text);
                }
            }
        });
        return stored;
    }

    /** Stored text back to its type; a field no longer defined comes back as the text it was. */
    Map<String, Object> toApi(Map<String, String> stored) {
        Map<String, Object> values = new TreeMap<>();
        stored.forEach((name, text) -> values.put(name, typed(types.getOrDefault(name, Type.TEXT), text)));
        return values;
    }

    private static Object typed(Type type, String text) {
        return switch (type) {
            case NUMBER -> new BigDecimal(text);
            case BOOLEAN -> Boolean.valueOf(text);
            case TEXT, DATE -> text;
        };
    }

    private static String canonical(Type type, Object value) {
        switch (type) {
            case TEXT:
                return value instanceof String text && text.length() <= MAX_TEXT ? text : null;
            case NUMBER:
                try {
                    if (!(value instanceof Number || value instanceof String)) {
                        return null;
                    }
                    String text = value.toString().trim();
                    // French spreadsheets write 12,5: a single decimal comma in text is a decimal point
                    if (value instanceof String && text.matches("-?\\d+,\\d+")) {
                        text = text.replace(',', '.');
                    }
                    BigDecimal number = new BigDecimal(text);
                    // judged on its digits first: 1e200000000 written out plain is 200 million characters
                    List<FieldError> tooLarge = new ArrayList<>();
                    FieldError.checkDecimal(tooLarge, "", number, MAX_NUMBER_DIGITS, MAX_NUMBER_DIGITS / 2);
                    return tooLarge.isEmpty() ? number.stripTrailingZeros().toPlainString() : null;
                } catch (NumberFormatException e) {
                    return null;
                }
            case BOOLEAN:
                if (value instanceof Boolean flag) {
                    return flag.toString();
                }
                return "true".equalsIgnoreCase(String.valueOf(value).trim()) || "false".equalsIgnoreCase(String.valueOf(value).trim())
                        ? String.valueOf(value).trim().toLowerCase(Locale.ROOT) : null;
            case DATE:
                try {
                    return value instanceof String text ? LocalDate.parse(text.trim()).toString() : null;
                } catch (DateTimeParseException e) {
                    return null;
                }
            default:
                return null;
        }
    }

    private static String describe(Type type) {
        return switch (type) {
            case TEXT -> "text of at most " + MAX_TEXT + " characters";
            case NUMBER -> "a number of at most " + MAX_NUMBER_DIGITS / 2 + " digits before and after the decimal point";
            case BOOLEAN -> "true or false";
            case DATE -> "a date such as 2026-11-22";
        };
    }
}
