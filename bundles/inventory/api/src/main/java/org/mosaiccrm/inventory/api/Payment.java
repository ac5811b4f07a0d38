package org.mosaiccrm.inventory.api;

import java.time.Instant;

/** Money received against an order. */
public record Payment(String id, String orderId, Money amount, String method, Instant at, String user) {

    /** What a client sends: {@code amount} in the order's currency. */
    public record Draft(java.math.BigDecimal amount, String method) {
    }
}
