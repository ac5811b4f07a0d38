package org.mosaiccrm.reporting.api.predictions;

import java.math.BigDecimal;
import java.util.List;

/**
 * How likely a customer is to stop buying, from recency, frequency and monetary value (RFM).
 *
 * @param score         0 to 1: the share of comparable past customers who bought nothing in the following
 *                      churn window
 * @param level         {@code low}, {@code medium} or {@code high}
 * @param recencyDays   days since the last purchase
 * @param orders        days with a purchase in the last year (orders of one day count once)
 * @param spent         amount spent in the last year
 * @param currency      its currency
 * @param factors       what drives the score, most important first, for a person to read
 */
public record ChurnRisk(BigDecimal score, String level, long recencyDays, long orders, BigDecimal spent,
                        String currency, List<String> factors) {

    public ChurnRisk {
        factors = List.copyOf(factors);
    }
}
