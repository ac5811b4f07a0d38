package org.mosaiccrm.inventory.impl.persistence;

import java.io.Serializable;
import java.util.Objects;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.IdClass;
import javax.persistence.Table;

/**
 * Table {@code INVENTORY_STOCK}: the ledger's balance per product and location, changed only in the
 * ledger's transaction, by guarded updates ({@code stock.StockLedger}).
 */
@Entity(name = "StockEntity")
@Table(name = "INVENTORY_STOCK")
@IdClass(StockEntity.Key.class)
public class StockEntity {

    @Id
    @Column(name = "PRODUCT_ID", length = 36)
    public String productId;

    @Id
    @Column(name = "LOCATION_CODE", length = 32)
    public String locationCode;

    @Column(name = "ON_HAND", nullable = false)
    public long onHand;

    @Column(name = "RESERVED", nullable = false)
    public long reserved;

    @Column(name = "MINIMUM", nullable = false)
    public long minimum;

    /** With {@link #minimum}, a manager's rule; both 0: the sales history decides (replenishment). */
    @Column(name = "MAXIMUM", nullable = false)
    public long maximum;

    /** The composite key. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        public String productId;
        public String locationCode;

        public Key() {
        }

        public Key(String productId, String locationCode) {
            this.productId = productId;
            this.locationCode = locationCode;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(productId, key.productId) && Objects.equals(locationCode, key.locationCode);
        }

        @Override
        public int hashCode() {
            return Objects.hash(productId, locationCode);
        }
    }
}
