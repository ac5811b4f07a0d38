package org.mosaiccrm.kernel.api.config;

import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Predicate;

import org.mosaiccrm.kernel.api.problem.FieldError;

/**
 * A configuration as written by the administrator ({@code etc/<pid>.cfg}, {@code config:property-set}, the
 * web console), given to {@link ConfigurationRules}. Values come as the file gives them: a {@code .cfg}
 * line is one string ({@code a:1, b:2}), a {@code .config} file or a form may give an array;
 * {@link #entries} reads both the same way.
 */
public final class ConfigurationValues {

    private final Map<String, Object> properties;
    private final Predicate<String> knownUser;

    /**
     * @param properties the configuration's keys and values
     * @param knownUser  whether a name is a user of the login realm (always true when the kernel cannot tell)
     */
    public ConfigurationValues(Map<String, Object> properties, Predicate<String> knownUser) {
        this.properties = Map.copyOf(properties);
        this.knownUser = Objects.requireNonNull(knownUser, "knownUser");
    }

    public boolean has(String key) {
        return properties.containsKey(key);
    }

    /** The value as written, arrays and lists as their elements; {@code null} when the key is absent. */
    public String[] strings(String key) {
        Object value = properties.get(key);
        if (value == null) {
            return null;
        }
        if (value instanceof Collection<?> collection) {
            return collection.stream().map(String::valueOf).toArray(String[]::new);
        }
        if (value.getClass().isArray()) {
            String[] elements = new String[Array.getLength(value)];
            for (int i = 0; i < elements.length; i++) {
                elements[i] = String.valueOf(Array.get(value, i));
            }
            return elements;
        }
        return new String[] { String.valueOf(value) };
    }

    /** The value's entries, each element split at commas and trimmed, empty ones dropped. */
    public List<String> entries(String key) {
        return entries(strings(key));
    }

    /** Whether {@code name} can log in to the CRM. */
    public boolean isKnownUser(String name) {
        return knownUser.test(name);
    }

    /**
     * When {@code key} is present, hands its value to {@code parse} — the very code the module runs its
     * configuration with — and turns an {@link IllegalArgumentException} into an error on {@code key}
     * with the exception's message, so that a rule is never written twice.
     */
    public void check(List<FieldError> errors, String key, Consumer<String[]> parse) {
        String[] value = strings(key);
        if (value == null) {
            return;
        }
        try {
            parse.accept(value);
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            // what the JDK's own parsers throw for a value they refuse (ZoneId.of: a DateTimeException) is the value's fault
            errors.add(new FieldError(key, e.getMessage()));
        }
    }

    /** The entries of a configuration value (see {@link #entries(String)}); none for {@code null}. */
    public static List<String> entries(String[] values) {
        if (values == null) {
            return List.of();
        }
        List<String> entries = new ArrayList<>();
        Arrays.stream(values).filter(Objects::nonNull).flatMap(value -> Arrays.stream(value.split(",")))
                .map(String::trim).filter(entry -> !entry.isEmpty()).forEach(entries::add);
        return List.copyOf(entries);
    }
}
