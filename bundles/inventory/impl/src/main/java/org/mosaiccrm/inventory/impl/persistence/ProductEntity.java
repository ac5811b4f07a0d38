package org.mosaiccrm.inventory.impl.persistence;

import java.math.BigDecimal;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EntityListeners;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

import org.mosaiccrm.commons.jpa.ColumnLimits;
import org.mosaiccrm.inventory.api.Money;
import org.mosaiccrm.inventory.api.Product;

/** Table {@code INVENTORY_PRODUCT}: the catalog. */
@EntityListeners(ColumnLimits.class)
@Entity(name = "ProductEntity")
@Table(name = "INVENTORY_PRODUCT")
public class ProductEntity {

    @Id
    @Column(name = "ID", length = 36)
    public String id;

    @Version
    @Column(name = "VERSION")
    public long version;

    @Column(name = "SKU", length = 64, nullable = false, unique = true)
    public String sku;

    @Column(name = "NAME", length = 200, nullable = false)
    public String name;

    /** The name folded for search (lower case, no accents). */
    @Column(name = "NAME_KEY", length = 200, nullable = false)
    public String nameKey;

    @Column(name = "DESCRIPTION", length = 2000)
    public String description;

    @Column(name = "CATEGORY", length = 100)
    public String category;

    @Column(name = "UNIT_PRICE", precision = 19, scale = 4, nullable = false)
    public BigDecimal unitPrice;

    @Column(name = "CURRENCY", length = 3, nullable = false)
    public String currency;

    @Column(name = "TAX_RATE", precision = 7, scale = 4, nullable = false)
    public BigDecimal taxRate;

    @Column(name = "ACTIVE", nullable = false)
    public boolean active;

    @Column(name = "SERIALIZED", nullable = false)
    public boolean serialized;

    @Column(name = "SERVICE", nullable = false)
    public boolean service;

    @Column(name = "WARRANTY_MONTHS", nullable = false)
    public int warrantyMonths;

    public Product toProduct() {
        return new Product(id, version, sku, name, description, category, new Money(unitPrice, currency), taxRate, active,
                serialized, service, warrantyMonths);
    }
}
