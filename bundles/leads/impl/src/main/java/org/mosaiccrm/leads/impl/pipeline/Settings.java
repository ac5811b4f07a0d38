package org.mosaiccrm.leads.impl.pipeline;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Reads the {@code key:value} lists of the configuration, whether one .cfg string or an array. */
public final class Settings {

    private Settings() {
    }

    public static List<String> entries(String[] values) {
        return values == null ? List.of() : Arrays.stream(values).filter(Objects::nonNull)
                .flatMap(value -> Arrays.stream(value.split(","))).map(String::trim).filter(e -> !e.isEmpty()).toList();
    }

    /** {@code key:value} pairs in order; the value split at the last colon (rules' keys may hold one). */
    static Map<String, String> pairs(String[] values, String setting) {
        Map<String, String> pairs = new LinkedHashMap<>();
        for (String entry : entries(values)) {
            int colon = entry.lastIndexOf(':');
            if (colon <= 0 || colon == entry.length() - 1) {
                throw new IllegalArgumentException(setting + ": '" + entry + "' must be key:value");
            }
            pairs.put(entry.substring(0, colon).trim(), entry.substring(colon + 1).trim());
        }
        return pairs;
    }

    static int points(String setting, String key, String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(setting + ": '" + key + ":" + value + "' needs a whole number of points");
        }
    }
}
