package org.mosaiccrm.leads.impl.reports;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.mosaiccrm.reporting.api.sql.SqlReport;

/**
 * Clicks, leads and conversions per key (a campaign, an affiliate, a month, a link's code), folded from
 * grouped or raw rows: the clicks and the leads come from different tables and are merged here.
 */
final class Funnel {

    /** The key of what has none (a lead without campaign). */
    static final String NONE = "(none)";

    /** One key's figures; its conversion rate is conversions over leads, {@code null} without leads. */
    record Group(String key, long clicks, long leads, long conversions) {

        BigDecimal conversionRate() {
            return SqlReport.percent(conversions, leads);
        }
    }

    private static final Comparator<Group> BY_KEY = Comparator.comparing(Group::key);

    /** Per key: clicks, leads, conversions. */
    private final Map<String, long[]> counts = new HashMap<>();

    void addClicks(String key, long clicks) {
        slot(key)[0] += clicks;
    }

    void addLeads(String key, long leads, long conversions) {
        long[] slot = slot(key);
        slot[1] += leads;
        slot[2] += conversions;
    }

    boolean has(String key) {
        return counts.containsKey(key == null ? NONE : key);
    }

    /** Most leads first, then by key. */
    List<Group> byLeads() {
        return sorted(Comparator.comparingLong(Group::leads).reversed().thenComparing(BY_KEY));
    }

    /** Most clicks first, then by key. */
    List<Group> byClicks() {
        return sorted(Comparator.comparingLong(Group::clicks).reversed().thenComparing(BY_KEY));
    }

    /** By key alone: chronological when the keys are {@code yyyy-MM} months. */
    List<Group> byKey() {
        return sorted(BY_KEY);
    }

    private List<Group> sorted(Comparator<Group> order) {
        return counts.entrySet().stream()
                .map(e -> new Group(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2]))
                .sorted(order).toList();
    }

    private long[] slot(String key) {
        return counts.computeIfAbsent(key == null ? NONE : key, k -> new long[3]);
    }
}
