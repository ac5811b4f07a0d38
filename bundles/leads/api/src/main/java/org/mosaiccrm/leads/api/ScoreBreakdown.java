package org.mosaiccrm.leads.api;

import java.util.List;

/**
 * Why a lead has its score: one line per rule that gave or took points.
 *
 * @param score the sum of the lines, never below 0
 */
public record ScoreBreakdown(int score, List<Line> lines) {

    public ScoreBreakdown {
        lines = List.copyOf(lines);
    }

    /** E.g. {@code ("source REFERRAL", 30)} or {@code ("age: 3 weeks", -6)}. */
    public record Line(String rule, int points) {
    }
}
