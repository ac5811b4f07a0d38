package org.mosaiccrm.inventory.impl.prediction;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

import org.mosaiccrm.inventory.api.ReorderPrediction;
import org.mosaiccrm.inventory.api.ReorderPrediction.Certainty;

/**
 * When a customer will likely buy a product again, from the days they bought it before: the next purchase is
 * expected one mean interval after the last. Confidence grows with the number of intervals and falls with
 * their spread ({@code (1 − σ/mean) · n/(n+1)}): three purchases a month apart each give 0.67, a dozen 0.92,
 * three purchases 10 and 50 days apart 0.4 × 0.67.
 */
public final class ReorderPredictor {

    /** Purchases needed to see a rhythm: two intervals. */
    public static final int MINIMUM_PURCHASES = 3;

    private ReorderPredictor() {
    }

    /** The prediction from the purchase times of one product by one customer (several on one day count once). */
    public static Optional<ReorderPrediction> predict(String customerId, String sku, String productName, List<Instant> purchases) {
        TreeSet<LocalDate> days = new TreeSet<>();
        purchases.forEach(at -> days.add(at.atZone(ZoneOffset.UTC).toLocalDate()));
        if (days.size() < MINIMUM_PURCHASES) {
            return Optional.empty();
        }
        LocalDate previous = null;
        double sum = 0;
        double squares = 0;
        for (LocalDate day : days) {
            if (previous != null) {
                long interval = ChronoUnit.DAYS.between(previous, day);
                sum += interval;
                squares += (double) interval * interval;
            }
            previous = day;
        }
        int intervals = days.size() - 1;
        double mean = sum / intervals;
        double spread = Math.sqrt(Math.max(0, squares / intervals - mean * mean));
        double confidence = Math.max(0, 1 - spread / mean) * intervals / (intervals + 1.0);
        confidence = Math.round(confidence * 100) / 100.0;
        Certainty certainty = confidence >= 0.6 ? Certainty.HIGH : confidence >= 0.35 ? Certainty.MEDIUM : Certainty.LOW;
        Instant last = purchases.stream().max(Instant::compareTo).orElseThrow();
        return Optional.of(new ReorderPrediction(customerId, sku, productName, days.size(), last, Math.round(mean * 10) / 10.0,
                days.last().plusDays(Math.round(mean)), confidence, certainty));
    }

    /**
     * Whether a prediction falls in "due within {@code days}" on {@code today}: expected by then, and not overdue
     * by half an interval or more (a customer that late has likely bought elsewhere or stopped).
     */
    public static boolean due(ReorderPrediction prediction, LocalDate today, int days) {
        return !prediction.expectedOn().isAfter(today.plusDays(days))
                && prediction.expectedOn().plusDays(Math.round(prediction.averageIntervalDays() / 2)).isAfter(today);
    }
}
