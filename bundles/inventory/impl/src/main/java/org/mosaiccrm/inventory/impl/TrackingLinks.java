package org.mosaiccrm.inventory.impl;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/** Carriers' tracking links from the configuration: {@code carrier=https://...{number}...}. */
public final class TrackingLinks implements Function<String, String> {

    private final Map<String, String> templates;

    private TrackingLinks(Map<String, String> templates) {
        this.templates = templates;
    }

    /** Refuses (IllegalArgumentException naming the entry) anything but carrier=https URL with {number}; commas separate entries. */
    public static TrackingLinks parse(String[] entries) {
        Map<String, String> templates = new LinkedHashMap<>();
        // in etc/*.cfg a list is one comma-separated value; in a feature's or a script's configuration, an array
        java.util.List<String> all = new java.util.ArrayList<>();
        for (String value : entries == null ? new String[0] : entries) {
            all.addAll(java.util.List.of(value == null ? new String[0] : value.split(",")));
        }
        for (String entry : all) {
            if (entry == null || entry.isBlank()) {
                continue;
            }
            int equals = entry.indexOf('=');
            String carrier = equals > 0 ? entry.substring(0, equals).strip().toLowerCase(Locale.ROOT) : "";
            String url = equals > 0 ? entry.substring(equals + 1).strip() : "";
            if (carrier.isEmpty() || !url.startsWith("https://") || !url.contains("{number}")) {
                throw new IllegalArgumentException("'" + entry + "' is not carrier=https://...{number}...");
            }
            templates.put(carrier, url);
        }
        return new TrackingLinks(templates);
    }

    /** {@code carrier + "\n" + number} → the link, or null for a carrier without a template. */
    @Override
    public String apply(String carrierAndNumber) {
        String[] parts = carrierAndNumber.split("\n", 2);
        String template = templates.get(parts[0].strip().toLowerCase(Locale.ROOT));
        return template == null ? null : template.replace("{number}", URLEncoder.encode(parts[1].strip(), StandardCharsets.UTF_8));
    }
}
