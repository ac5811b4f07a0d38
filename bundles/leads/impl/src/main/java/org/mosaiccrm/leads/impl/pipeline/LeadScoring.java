package org.mosaiccrm.leads.impl.pipeline;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.mosaiccrm.leads.api.LeadSource;
import org.mosaiccrm.leads.api.ScoreBreakdown;
import org.mosaiccrm.leads.impl.LeadsConfig;
import org.mosaiccrm.leads.impl.persistence.LeadEntity;

/** The configured scoring rules, applied with their breakdown: a rep sees why a lead has its score. */
public final class LeadScoring {

    private final Map<LeadSource, Integer> perSource = new EnumMap<>(LeadSource.class);
    private final Map<String, Integer> perField = new LinkedHashMap<>();
    private final int perTouchpoint;
    private final int decayPerWeek;

    public LeadScoring(LeadsConfig config) {
        perSource.putAll(sourcePoints(config.scoreSource()));
        perField.putAll(fieldPoints(config.scoreFields()));
        this.perTouchpoint = config.scoreTouchpoint();
        this.decayPerWeek = config.scoreDecayPerWeek();
    }

    /** {@code scoreSource}: {@code SOURCE:points} entries. */
    public static Map<LeadSource, Integer> sourcePoints(String[] entries) {
        Map<LeadSource, Integer> points = new EnumMap<>(LeadSource.class);
        Settings.pairs(entries).forEach((source, value) -> points.put(source(source), Settings.points(source, value)));
        return points;
    }

    /** {@code scoreFields}: {@code field:points} entries, fields among {@link #SCORED_FIELDS}. */
    public static Map<String, Integer> fieldPoints(String[] entries) {
        Map<String, Integer> points = new LinkedHashMap<>();
        Settings.pairs(entries).forEach((field, value) -> {
            if (!SCORED_FIELDS.contains(field)) {
                throw new IllegalArgumentException("'" + field + "' is not a scored field; allowed: " + String.join(", ", SCORED_FIELDS));
            }
            points.put(field, Settings.points(field, value));
        });
        return points;
    }

    public static final List<String> SCORED_FIELDS = List.of("email", "phone", "company");

    static LeadSource source(String name) {
        try {
            return LeadSource.valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown source '" + name + "'; allowed: "
                    + java.util.Arrays.stream(LeadSource.values()).map(Enum::name).collect(java.util.stream.Collectors.joining(", ")));
        }
    }

    public ScoreBreakdown score(LeadEntity lead, long touchpoints, Instant now) {
        List<ScoreBreakdown.Line> lines = new ArrayList<>();
        add(lines, "source " + lead.source, perSource.getOrDefault(lead.source, 0));
        perField.forEach((field, points) -> {
            String value = switch (field) {
                case "email" -> lead.email;
                case "phone" -> lead.phone;
                default -> lead.company;
            };
            if (value != null) {
                add(lines, field + " given", points);
            }
        });
        add(lines, touchpoints + " touchpoint(s)", (int) touchpoints * perTouchpoint);
        long weeks = Duration.between(lead.createdAt, now).toDays() / 7;
        add(lines, "age: " + weeks + " week(s)", (int) -(weeks * decayPerWeek));
        int total = Math.max(0, lines.stream().mapToInt(ScoreBreakdown.Line::points).sum());
        return new ScoreBreakdown(total, lines);
    }

    private static void add(List<ScoreBreakdown.Line> lines, String rule, int points) {
        if (points != 0) {
            lines.add(new ScoreBreakdown.Line(rule, points));
        }
    }
}
