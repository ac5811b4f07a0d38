package org.mosaiccrm.sales.api;

import java.time.YearMonth;

/**
 * What to forecast.
 *
 * @param by    how to group the rows
 * @param from  first month of expected close (inclusive)
 * @param to    last month (inclusive)
 * @param owner only this owner's opportunities ({@code null}: all the caller may see)
 */
public record ForecastQuery(GroupBy by, YearMonth from, YearMonth to, String owner) {

    public enum GroupBy {
        OWNER, TEAM, ALL
    }
}
