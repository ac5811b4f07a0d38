package org.mosaiccrm.inventory.api;

import java.time.Instant;

/**
 * One line of the append-only stock ledger. {@code quantity} is signed as it changes the stock on hand
 * (a reservation changes the reserved quantity instead, a release gives it back).
 */
public record LedgerEntry(long id, String sku, String location, Kind kind, long quantity, String reason, String orderId,
                          String user, Instant at) {

    public enum Kind {
        RECEIPT, SALE, RESERVATION, RELEASE, TRANSFER_OUT, TRANSFER_IN, ADJUSTMENT, RETURN
    }
}
