package org.mosaiccrm.inventory.impl.prediction;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.Test;
import org.mosaiccrm.inventory.api.ReorderPrediction;
import org.mosaiccrm.inventory.api.ReorderPrediction.Certainty;

public class ReorderPredictorTest {

    private static Instant on(String day) {
        return Instant.parse(day + "T10:00:00Z");
    }

    private static ReorderPrediction predict(String... days) {
        return ReorderPredictor.predict("c1", "CAFE-1KG", "Café en grains 1 kg",
                java.util.Arrays.stream(days).map(ReorderPredictorTest::on).toList()).orElseThrow();
    }

    @Test
    public void twoPurchasesAreNoRhythm() {
        assertTrue(ReorderPredictor.predict("c1", "CAFE-1KG", "Café", List.of(on("2026-10-01"), on("2026-11-01"))).isEmpty());
    }

    @Test
    public void severalOrdersOnOneDayAreOnePurchase() {
        assertTrue(ReorderPredictor.predict("c1", "CAFE-1KG", "Café",
                List.of(on("2026-10-01"), Instant.parse("2026-10-01T18:00:00Z"), on("2026-11-01"))).isEmpty());
    }

    @Test
    public void aRegularBuyerIsExpectedOneIntervalAfterTheLastPurchase() {
        ReorderPrediction monthly = predict("2026-09-01", "2026-10-01", "2026-10-31", "2026-11-30");
        assertEquals(4, monthly.purchases());
        assertEquals(30.0, monthly.averageIntervalDays(), 0.01);
        assertEquals(LocalDate.parse("2026-12-30"), monthly.expectedOn());
        assertEquals(0.75, monthly.confidence(), 0.001);
        assertEquals(Certainty.HIGH, monthly.certainty());
    }

    @Test
    public void irregularIntervalsLowerTheConfidence() {
        ReorderPrediction erratic = predict("2026-09-01", "2026-09-11", "2026-10-31");
        assertEquals(30.0, erratic.averageIntervalDays(), 0.01);
        // intervals 10 and 50: σ 20, mean 30, (1 − 2/3) · 2/3
        assertEquals(0.22, erratic.confidence(), 0.001);
        assertEquals(Certainty.LOW, erratic.certainty());
    }

    @Test
    public void dueWithinTheWindowButNotLongOverdue() {
        ReorderPrediction monthly = predict("2026-09-01", "2026-10-01", "2026-10-31"); // expected 2026-11-30
        assertTrue(ReorderPredictor.due(monthly, LocalDate.parse("2026-11-25"), 7));
        assertFalse("too far ahead", ReorderPredictor.due(monthly, LocalDate.parse("2026-11-15"), 7));
        assertTrue("a few days late", ReorderPredictor.due(monthly, LocalDate.parse("2026-12-10"), 7));
        assertFalse("half an interval late: they bought elsewhere", ReorderPredictor.due(monthly, LocalDate.parse("2026-12-15"), 7));
    }
}
