package org.mosaiccrm.inventory.api;

import java.time.LocalDate;

/** The warranty of one serialized unit sold: from the day it shipped, for the product's warranty months. */
public record Warranty(String serialNumber, String sku, String productName, String customerId, String orderId, LocalDate starts,
                       LocalDate ends, boolean active) {
}
