package org.mosaiccrm.inventory.api;

import java.time.Instant;
import java.time.LocalDate;

/**
 * When a customer who buys a product again and again will likely buy it next, from their own intervals
 * between purchases (three purchases at least).
 *
 * @param averageIntervalDays the mean of their intervals
 * @param expectedOn          the last purchase plus the mean interval (UTC date)
 * @param confidence          0 to 1: high when the intervals are regular and many
 * @since 1.1
 */
public record ReorderPrediction(String customerId, String sku, String productName, int purchases, Instant lastPurchase,
                                double averageIntervalDays, LocalDate expectedOn, double confidence, Certainty certainty) {

    public enum Certainty {
        LOW, MEDIUM, HIGH
    }
}
