package org.mosaiccrm.leads.impl.pipeline;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.mosaiccrm.kernel.api.config.ConfigurationValues;

/**
 * Reads the {@code key:value} lists of the configuration, whether one .cfg string or an array. Messages
 * name the entry, not the setting: the kernel's configuration guard puts them under the setting's name.
 */
public final class Settings {

    private Settings() {
    }

    public static List<String> entries(String[] values) {
        return ConfigurationValues.entries(values);
    }

    /** {@code key:value} pairs in order; the value split at the last colon (rules' keys may hold one). */
    static Map<String, String> pairs(String[] values) {
        Map<String, String> pairs = new LinkedHashMap<>();
        for (String entry : entries(values)) {
            int colon = entry.lastIndexOf(':');
            if (colon <= 0 || colon == entry.length() - 1) {
                throw new IllegalArgumentException("'" + entry + "' must be key:value");
            }
            pairs.put(entry.substring(0, colon).trim(), entry.substring(colon + 1).trim());
        }
        return pairs;
    }

    static int points(String key, String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + key + ":" + value + "' needs a whole number of points");
        }
    }
}
