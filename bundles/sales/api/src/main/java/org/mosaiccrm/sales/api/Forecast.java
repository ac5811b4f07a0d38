package org.mosaiccrm.sales.api;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

/**
 * The forecast: per group (an owner, a team, or everyone) × month of expected close × currency.
 *
 * @param rows        in order of group, month, currency
 * @param conversions how opportunities went on from each open stage, over the opportunities in the query
 */
public record Forecast(ForecastQuery query, List<Row> rows, List<StageConversion> conversions) {

    public Forecast {
        rows = List.copyOf(rows);
        conversions = List.copyOf(conversions);
    }

    /**
     * One cell of the forecast. Amounts are never converted between currencies.
     *
     * @param pipeline  open amounts expected to close in the month
     * @param weighted  Σ amount × probability of those
     * @param committed won + open ones at or above the commit probability (configuration {@code commitProbability})
     * @param bestCase  won + every open amount
     * @param won       amounts won in the month
     * @param open      how many open opportunities
     */
    public record Row(String group, YearMonth month, String currency, BigDecimal pipeline, BigDecimal weighted,
                      BigDecimal committed, BigDecimal bestCase, BigDecimal won, long open, long wonCount) {
    }

    /**
     * Of the opportunities that reached {@code stage}, how many reached a later stage, and how many were won.
     *
     * @param rate      advanced / reached, in percent (two decimals), {@code null} when none reached it
     */
    public record StageConversion(String stage, long reached, long advanced, long won, BigDecimal rate) {
    }
}
