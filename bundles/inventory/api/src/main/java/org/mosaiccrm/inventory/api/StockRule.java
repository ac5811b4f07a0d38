package org.mosaiccrm.inventory.api;

/**
 * A manager's min/max for a product at a location (as Odoo's reordering rules): when the available stock
 * plus what is on order falls below {@code minimum}, replenishment suggests bringing it up to
 * {@code maximum}. Both 0: no manual rule, the location's sales history decides.
 *
 * @since 1.1
 */
public record StockRule(String sku, String location, long minimum, long maximum) {
}
