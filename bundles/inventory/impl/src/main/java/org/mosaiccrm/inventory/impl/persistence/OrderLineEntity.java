package org.mosaiccrm.inventory.impl.persistence;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.IdClass;
import javax.persistence.Table;

import org.mosaiccrm.inventory.api.Money;
import org.mosaiccrm.inventory.api.Order;

/** Table {@code INVENTORY_ORDER_LINE}. */
@Entity(name = "OrderLineEntity")
@Table(name = "INVENTORY_ORDER_LINE")
@IdClass(OrderLineEntity.Key.class)
public class OrderLineEntity {

    @Id
    @Column(name = "ORDER_ID", length = 36)
    public String orderId;

    @Id
    @Column(name = "LINE_NO")
    public int lineNo;

    @Column(name = "PRODUCT_ID", length = 36, nullable = false)
    public String productId;

    @Column(name = "QUANTITY", nullable = false)
    public long quantity;

    @Column(name = "UNIT_PRICE", precision = 19, scale = 4, nullable = false)
    public BigDecimal unitPrice;

    @Column(name = "DISCOUNT", precision = 7, scale = 4, nullable = false)
    public BigDecimal discount;

    @Column(name = "TAX_RATE", precision = 7, scale = 4, nullable = false)
    public BigDecimal taxRate;

    @Column(name = "LINE_TOTAL", precision = 19, scale = 4, nullable = false)
    public BigDecimal lineTotal;

    /** Units held for this line at the order's location (reserved in the ledger), not yet shipped. */
    @Column(name = "RESERVED", nullable = false)
    public long reserved;

    @Column(name = "SHIPPED", nullable = false)
    public long shipped;

    public Order.Line toLine(ProductEntity product, String currency) {
        return new Order.Line(lineNo, product.sku, product.name, quantity, new Money(unitPrice, currency), discount, taxRate,
                new Money(lineTotal, currency), shipped);
    }

    /** The composite key. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        public String orderId;
        public int lineNo;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(orderId, key.orderId) && lineNo == key.lineNo;
        }

        @Override
        public int hashCode() {
            return Objects.hash(orderId, lineNo);
        }
    }
}
