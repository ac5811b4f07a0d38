package org.mosaiccrm.commons.money;

import static org.junit.Assert.assertEquals;

import java.math.BigDecimal;
import java.util.List;

import org.junit.Test;

public class LinePricingTest {

    @Test
    public void aLineIsQuantityTimesPriceLessTheDiscountRoundedToTheCurrencysCents() {
        LinePricing.Priced line = LinePricing.line(3, new BigDecimal("89.90"), new BigDecimal("0.10"), new BigDecimal("0.20"), "EUR");
        assertEquals(new BigDecimal("242.73"), line.total()); // 269.70 less 10 %
        assertEquals(new BigDecimal("48.55"), line.tax()); // 48.546, half even
    }

    @Test
    public void theTotalIsTheSubtotalPlusTheTaxOfEachLine() {
        LinePricing.Totals totals = LinePricing.totals(List.of(
                LinePricing.line(1, new BigDecimal("449.00"), BigDecimal.ZERO, new BigDecimal("0.20"), "EUR"),
                LinePricing.line(2, new BigDecimal("12.50"), BigDecimal.ZERO, new BigDecimal("0.055"), "EUR")));
        assertEquals(new BigDecimal("474.00"), totals.subtotal());
        assertEquals(new BigDecimal("91.18"), totals.tax()); // 89.80 + 1.375 → 1.38
        assertEquals(new BigDecimal("565.18"), totals.total());
    }

    @Test
    public void aCurrencyWithoutCentsRoundsToUnits() {
        assertEquals(new BigDecimal("3333"), LinePricing.line(1, new BigDecimal("3333.4"), BigDecimal.ZERO, BigDecimal.ZERO, "JPY").total());
    }
}
