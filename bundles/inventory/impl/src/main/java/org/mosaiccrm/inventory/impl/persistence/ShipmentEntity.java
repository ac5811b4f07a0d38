package org.mosaiccrm.inventory.impl.persistence;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EntityListeners;
import javax.persistence.Id;
import javax.persistence.Lob;
import javax.persistence.Table;

import org.mosaiccrm.commons.jpa.ColumnLimits;

/** Table {@code INVENTORY_SHIPMENT}; its lines as JSON ({@code orders.Shipments} reads and writes them). */
@EntityListeners(ColumnLimits.class)
@Entity(name = "ShipmentEntity")
@Table(name = "INVENTORY_SHIPMENT")
public class ShipmentEntity {

    @Id
    @Column(name = "ID", length = 36)
    public String id;

    @Column(name = "ORDER_ID", length = 36, nullable = false)
    public String orderId;

    @Column(name = "CARRIER", length = 64)
    public String carrier;

    @Column(name = "TRACKING_NUMBER", length = 100)
    public String trackingNumber;

    @Column(name = "TRACKING_URL", length = 500)
    public String trackingUrl;

    @Lob
    @Column(name = "LINES", nullable = false)
    public String lines;

    @Column(name = "SHIPPED_AT", nullable = false)
    public Instant at;

    @Column(name = "USER_NAME", length = 128, nullable = false)
    public String user;
}
