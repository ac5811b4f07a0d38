package org.mosaiccrm.commons.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.List;

/**
 * The amounts of an order or a quote, computed by the server only, the same way by every module (a quote's
 * lines become an order's, to the cent): a line is quantity × unit price × (1 − discount),
 * rounded to the currency's minor unit (half even); tax is computed per line and summed; the total is the
 * subtotal plus the tax.
 */
public final class LinePricing {

    /** One line's inputs and its total. */
    public record Priced(long quantity, BigDecimal unitPrice, BigDecimal discount, BigDecimal taxRate, BigDecimal total, BigDecimal tax) {
    }

    /** The order's amounts. */
    public record Totals(BigDecimal subtotal, BigDecimal tax, BigDecimal total) {
    }

    private LinePricing() {
    }

    public static Priced line(long quantity, BigDecimal unitPrice, BigDecimal discount, BigDecimal taxRate, String currency) {
        int scale = Currency.getInstance(currency).getDefaultFractionDigits();
        BigDecimal total = unitPrice.multiply(BigDecimal.valueOf(quantity)).multiply(BigDecimal.ONE.subtract(discount))
                .setScale(scale, RoundingMode.HALF_EVEN);
        BigDecimal tax = total.multiply(taxRate).setScale(scale, RoundingMode.HALF_EVEN);
        return new Priced(quantity, unitPrice, discount, taxRate, total, tax);
    }

    public static Totals totals(List<Priced> lines) {
        BigDecimal subtotal = lines.stream().map(Priced::total).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal tax = lines.stream().map(Priced::tax).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new Totals(subtotal, tax, subtotal.add(tax));
    }
}
