package org.mosaiccrm.inventory.api;

/**
 * A change of stock an operator records: a receipt ({@code quantity} > 0), an adjustment (signed, with a
 * reason), or a transfer to {@code toLocation}.
 */
public record StockMovement(String sku, String location, long quantity, String reason, String toLocation) {
}
