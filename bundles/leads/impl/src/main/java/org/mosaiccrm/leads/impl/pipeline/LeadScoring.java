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
        Settings.pairs(config.scoreSource(), "scoreSource").forEach((source, points) -> {
            try {
                perSource.put(LeadSource.valueOf(source.toUpperCase(Locale.ROOT)), Settings.points("scoreSource", source, points));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("scoreSource: unknown source '" + source + "'", e);
            }
        });
        Settings.pairs(config.scoreFields(), "scoreFields").forEach((field, points) -> {
            if (!List.of("email", "phone", "company").contains(field)) {
                throw new IllegalArgumentException("scoreFields: '" + field + "' is not email, phone or company");
            }
            perField.put(field, Settings.points("scoreFields", field, points));
        });
        this.perTouchpoint = config.scoreTouchpoint();
        this.decayPerWeek = config.scoreDecayPerWeek();
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
