package org.mosaiccrm.inventory.impl.persistence;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EntityListeners;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

import org.mosaiccrm.commons.jpa.ColumnLimits;
import org.mosaiccrm.inventory.api.LedgerEntry;

/** Table {@code INVENTORY_LEDGER}: every stock movement, appended, never changed. */
@EntityListeners(ColumnLimits.class)
@Entity(name = "LedgerEntity")
@Table(name = "INVENTORY_LEDGER")
public class LedgerEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    public Long id;

    @Column(name = "PRODUCT_ID", length = 36, nullable = false)
    public String productId;

    @Column(name = "LOCATION_CODE", length = 32, nullable = false)
    public String locationCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "KIND", length = 16, nullable = false)
    public LedgerEntry.Kind kind;

    @Column(name = "QUANTITY", nullable = false)
    public long quantity;

    @Column(name = "REASON", length = 500)
    public String reason;

    @Column(name = "ORDER_ID", length = 36)
    public String orderId;

    @Column(name = "USER_NAME", length = 128, nullable = false)
    public String user;

    @Column(name = "RECORDED_AT", nullable = false)
    public Instant at;

    public LedgerEntry toEntry(String sku) {
        return new LedgerEntry(id, sku, locationCode, kind, quantity, reason, orderId, user, at);
    }
}
