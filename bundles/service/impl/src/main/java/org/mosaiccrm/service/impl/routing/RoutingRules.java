package org.mosaiccrm.service.impl.routing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Which skills a ticket needs, from the configuration: {@code categorySkills = technical=technical:5,
 * technical=network:3?, complaint=complaints:3} and {@code productSkills = LAV-=washers:4?} (a product
 * reference starting with the text on the left). {@code skill:level} is required, a trailing {@code ?} makes
 * it optional: wished for, dropped when nobody with it is free within the routing timeout.
 */
public final class RoutingRules {

    /** A skill a ticket asks for, at least at {@code level}. */
    public record Need(String skill, int level, boolean optional) {
    }

    private final Map<String, List<Need>> byCategory;
    private final Map<String, List<Need>> byProductPrefix;

    private RoutingRules(Map<String, List<Need>> byCategory, Map<String, List<Need>> byProductPrefix) {
        this.byCategory = byCategory;
        this.byProductPrefix = byProductPrefix;
    }

    public static RoutingRules parse(String[] categorySkills, String[] productSkills) {
        return new RoutingRules(entries(categorySkills, true), entries(productSkills, false));
    }

    /** The needs of a ticket: its category's and its product's, the highest level of a skill asked twice. */
    public List<Need> needs(String category, String productSku) {
        Map<String, Need> needs = new LinkedHashMap<>();
        byCategory.getOrDefault(category == null ? "" : category.toLowerCase(Locale.ROOT), List.of()).forEach(n -> merge(needs, n));
        if (productSku != null) {
            byProductPrefix.forEach((prefix, list) -> {
                if (productSku.toUpperCase(Locale.ROOT).startsWith(prefix)) {
                    list.forEach(n -> merge(needs, n));
                }
            });
        }
        return List.copyOf(needs.values());
    }

    private static void merge(Map<String, Need> needs, Need need) {
        needs.merge(need.skill(), need, (a, b) -> new Need(a.skill(), Math.max(a.level(), b.level()), a.optional() && b.optional()));
    }

    static Map<String, List<Need>> entries(String[] values, boolean lowerKey) {
        Map<String, List<Need>> entries = new LinkedHashMap<>();
        for (String value : values == null ? new String[0] : values) {
            for (String entry : value.split(",")) {
                if (entry.isBlank()) {
                    continue;
                }
                String[] sides = entry.trim().split("=", 2);
                if (sides.length != 2 || sides[0].isBlank()) {
                    throw new IllegalArgumentException("'" + entry.trim() + "' must read key=skill:level (e.g. technical=network:3, "
                            + "or with ? at the end for an optional skill)");
                }
                String key = lowerKey ? sides[0].trim().toLowerCase(Locale.ROOT) : sides[0].trim().toUpperCase(Locale.ROOT);
                entries.computeIfAbsent(key, k -> new ArrayList<>()).add(need(sides[1].trim()));
            }
        }
        return entries;
    }

    public static Need need(String text) {
        boolean optional = text.endsWith("?");
        String body = optional ? text.substring(0, text.length() - 1) : text;
        String[] parts = body.split(":");
        int level = 1;
        if (parts.length > 2 || parts[0].isBlank() || !parts[0].matches("[a-z0-9][a-z0-9_-]{0,39}")) {
            throw new IllegalArgumentException("'" + text + "': a skill is lower-case letters, digits, _ and - (at most 40), "
                    + "then optionally :level");
        }
        if (parts.length == 2) {
            try {
                level = Integer.parseInt(parts[1]);
            } catch (NumberFormatException e) {
                level = 0;
            }
        }
        if (level < 1 || level > 10) {
            throw new IllegalArgumentException("'" + text + "': a skill's level is 1 to 10");
        }
        return new Need(parts[0], level, optional);
    }
}
