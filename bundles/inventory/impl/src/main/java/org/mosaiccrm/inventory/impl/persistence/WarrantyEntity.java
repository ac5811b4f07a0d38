package org.mosaiccrm.inventory.impl.persistence;

import java.time.LocalDate;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EntityListeners;
import javax.persistence.Id;
import javax.persistence.Table;

import org.mosaiccrm.commons.jpa.ColumnLimits;
import org.mosaiccrm.inventory.api.Warranty;

/** Table {@code INVENTORY_WARRANTY}: one row per serialized unit sold. */
@EntityListeners(ColumnLimits.class)
@Entity(name = "WarrantyEntity")
@Table(name = "INVENTORY_WARRANTY")
public class WarrantyEntity {

    @Id
    @Column(name = "SERIAL_NUMBER", length = 100)
    public String serialNumber;

    @Column(name = "PRODUCT_ID", length = 36, nullable = false)
    public String productId;

    @Column(name = "CUSTOMER_ID", length = 36, nullable = false)
    public String customerId;

    @Column(name = "ORDER_ID", length = 36, nullable = false)
    public String orderId;

    @Column(name = "STARTS", nullable = false)
    public LocalDate starts;

    @Column(name = "ENDS", nullable = false)
    public LocalDate ends;

    public Warranty toWarranty(ProductEntity product, LocalDate today) {
        return new Warranty(serialNumber, product.sku, product.name, customerId, orderId, starts, ends, !today.isAfter(ends));
    }
}
