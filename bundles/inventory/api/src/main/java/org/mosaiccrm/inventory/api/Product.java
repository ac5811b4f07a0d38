package org.mosaiccrm.inventory.api;

import java.math.BigDecimal;

/**
 * A product or a service of the catalog.
 *
 * @param sku            unique, as people write it (letters, digits, dashes)
 * @param unitPrice      the list price, before tax
 * @param taxRate        e.g. {@code 0.20} for 20 % VAT
 * @param serialized     each unit sold has a serial number (and a warranty when {@code warrantyMonths} > 0)
 * @param service        a service: no stock is kept for it
 */
public record Product(String id, long version, String sku, String name, String description, String category, Money unitPrice,
                      BigDecimal taxRate, boolean active, boolean serialized, boolean service, int warrantyMonths) {

    /** What a client sends to create or change a product. */
    public record Draft(String sku, String name, String description, String category, BigDecimal unitPrice, String currency,
                        BigDecimal taxRate, Boolean active, Boolean serialized, Boolean service, Integer warrantyMonths) {
    }
}
