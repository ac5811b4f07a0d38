package org.mosaiccrm.reporting.api.predictions;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A model's quality on a time holdout: trained on the history before {@code testedFrom}, scored on what
 * happened from then to {@code testedTo}, next to a naive baseline scored the same way.
 *
 * @param model         {@code next-purchase}, {@code churn} or {@code cross-sell}
 * @param metric        what {@code score} measures, for a person to read
 * @param score         the model's figure (higher is better unless the metric says otherwise)
 * @param baseline      the naive method it is compared with
 * @param baselineScore the baseline's figure on the same cases
 * @param higherIsBetter whether a higher score is the better one
 * @param testedFrom    first day of the holdout
 * @param testedTo      last day of the holdout
 * @param cases         how many cases were scored
 * @param trainedAt     when it was measured
 */
public record ModelQuality(String model, String metric, BigDecimal score, String baseline, BigDecimal baselineScore,
                           boolean higherIsBetter, LocalDate testedFrom, LocalDate testedTo, long cases,
                           Instant trainedAt) {
}
