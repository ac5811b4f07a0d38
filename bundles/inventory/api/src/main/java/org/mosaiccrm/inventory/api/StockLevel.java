package org.mosaiccrm.inventory.api;

/**
 * A product's stock at a location, as its ledger says: {@code available = onHand - reserved}.
 *
 * @param minimum the level at or below which {@link InventoryEvents#STOCK_LOW} is posted (0: none)
 */
public record StockLevel(String sku, String location, long onHand, long reserved, long available, long minimum) {
}
