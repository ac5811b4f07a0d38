package org.mosaiccrm.sales.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A priced offer for an opportunity, from the catalog. Its amounts are computed by the server the way an order's
 * are, so that the order an accepted quote becomes costs exactly what the quote said.
 *
 * @param number     what the customer reads, {@code DEV-<year>-<6 digits>}
 * @param language   of its printed document, {@code fr} or {@code en} (the customer's, else the CRM's)
 * @param validUntil the last day it may be accepted
 * @param location   the inventory location the order will be served from ({@code null}: inventory's default)
 * @param orderId    the inventory order it became, once accepted
 */
public record Quote(String id, String number, long version, String opportunityId, String customerId, Status status, String currency,
                    String language, LocalDate validUntil, String location, List<Line> lines, BigDecimal subtotal, BigDecimal tax, BigDecimal total,
                    String orderId, String declinedReason, Instant createdAt, String createdBy, Instant sentAt, Instant decidedAt) {

    public Quote {
        lines = List.copyOf(lines);
    }

    public enum Status {
        DRAFT, SENT, ACCEPTED, DECLINED
    }

    /**
     * One priced line.
     *
     * @param discount a fraction: 0.1 is 10 % off
     * @param taxRate  a fraction: 0.2 is 20 %
     */
    public record Line(int lineNo, String sku, String name, long quantity, BigDecimal unitPrice, BigDecimal discount, BigDecimal taxRate,
                       BigDecimal total) {
    }

    /** What a client sends: the lines (the catalog's price unless one is given) and how long the offer stands. */
    public record Draft(String opportunityId, LocalDate validUntil, String language, String location, List<LineDraft> lines) {
    }

    public record LineDraft(String sku, Long quantity, BigDecimal unitPrice, BigDecimal discount) {
    }
}
