package org.mosaiccrm.leads.impl.pipeline;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.junit.Test;
import org.mosaiccrm.leads.api.LeadSource;
import org.mosaiccrm.leads.api.ScoreBreakdown;
import org.mosaiccrm.leads.impl.TestConfig;
import org.mosaiccrm.leads.impl.persistence.LeadEntity;

/** A score a rep can explain: source, fields given, touchpoints, minus age. */
public class LeadScoringTest {

    private static final Instant NOW = Instant.parse("2026-12-03T10:00:00Z");

    private final LeadScoring scoring = new LeadScoring(TestConfig.leads(Map.of()));

    private static LeadEntity lead(LeadSource source, String email, String phone, String company, Duration age) {
        LeadEntity lead = new LeadEntity();
        lead.source = source;
        lead.email = email;
        lead.phone = phone;
        lead.company = company;
        lead.createdAt = NOW.minus(age);
        return lead;
    }

    @Test
    public void theDefaultsAddSourceFieldsAndTouchpoints() {
        ScoreBreakdown score = scoring.score(lead(LeadSource.REFERRAL, "a@b.fr", "+33612345678", null, Duration.ZERO), 2, NOW);
        assertEquals(30 + 10 + 10 + 2 * 5, score.score());
        assertTrue(score.lines().toString(), score.lines().contains(new ScoreBreakdown.Line("source REFERRAL", 30)));
        assertTrue(score.lines().contains(new ScoreBreakdown.Line("2 touchpoint(s)", 10)));
    }

    @Test
    public void scoresDecayPerWeekAndNeverGoBelowZero() {
        assertEquals(20 + 10 - 3 * 2, scoring.score(lead(LeadSource.WEB_FORM, "a@b.fr", null, null, Duration.ofDays(21)), 0, NOW).score());
        assertEquals(0, scoring.score(lead(LeadSource.IMPORT, null, null, null, Duration.ofDays(700)), 0, NOW).score());
    }

    @Test
    public void configuredPointsReplaceTheDefaults() {
        LeadScoring custom = new LeadScoring(TestConfig.leads(Map.of("scoreSource", new String[] { "AD:50" },
                "scoreFields", new String[] { "company:7" }, "scoreTouchpoint", 1, "scoreDecayPerWeek", 0)));
        assertEquals(50 + 7 + 3, custom.score(lead(LeadSource.AD, "a@b.fr", null, "Acme", Duration.ofDays(70)), 3, NOW).score());
    }

    @Test
    public void aMistypedSourceOrFieldIsRefusedByName() {
        IllegalArgumentException source = assertThrows(IllegalArgumentException.class,
                () -> new LeadScoring(TestConfig.leads(Map.of("scoreSource", new String[] { "REFERAL:30" }))));
        assertTrue(source.getMessage(), source.getMessage().contains("REFERAL"));
        assertThrows(IllegalArgumentException.class,
                () -> new LeadScoring(TestConfig.leads(Map.of("scoreFields", new String[] { "fax:5" }))));
    }
}
