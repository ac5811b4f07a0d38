package org.mosaiccrm.inventory.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A customer's order; every amount computed by the server.
 *
 * @param number   the public order number, e.g. {@code CMD-2026-000042}
 * @param channel  STORE, PHONE, WEB or PORTAL
 * @param location where it is fulfilled from
 * @param balance  what is left to pay
 */
public record Order(String id, String number, long version, String customerId, OrderStatus status, String channel, String salesRep,
                    String location, String instructions, List<Line> lines, Money subtotal, Money tax, Money total, Money paid,
                    Money balance, boolean creditOverridden, Instant placedAt, String placedBy) {

    public Order {
        lines = List.copyOf(lines);
    }

    /**
     * @param discount a fraction of the line's price, e.g. {@code 0.10} for 10 %
     * @param shipped  units shipped so far; the rest is backordered once a shipment left without them
     */
    public record Line(int lineNo, String sku, String name, long quantity, Money unitPrice, BigDecimal discount, BigDecimal taxRate,
                       Money total, long shipped) {
    }

    /**
     * What a client sends to place an order.
     *
     * @param overrideCredit  a manager places it beyond the customer's credit limit (audited)
     * @param allowBackorder  the customer accepts that what is not in stock ships later; else a short line refuses the order
     */
    public record Draft(String customerId, String currency, String channel, String salesRep, String location, String instructions,
                        List<LineDraft> lines, Boolean overrideCredit, Boolean allowBackorder) {
    }

    /** A line to order: the unit price defaults to the catalog's, the discount to none. */
    public record LineDraft(String sku, Long quantity, BigDecimal unitPrice, BigDecimal discount) {
    }
}
