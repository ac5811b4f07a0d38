package org.mosaiccrm.reporting.api.predictions;

import java.time.LocalDate;

/**
 * A product a customer will likely buy again, and when.
 *
 * @param sku          the product
 * @param productName  its name
 * @param expectedOn   the day expected: last purchase plus the customer's median interval for it
 * @param purchases    how many times the customer bought it (the intervals the estimate rests on, plus one)
 * @param intervalDays the median number of days between those purchases
 * @param overdue      whether the expected day has passed
 */
public record NextPurchase(String sku, String productName, LocalDate expectedOn, int purchases, long intervalDays,
                           boolean overdue) {
}
