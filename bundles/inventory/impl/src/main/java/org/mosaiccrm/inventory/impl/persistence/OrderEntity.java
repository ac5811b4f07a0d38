package org.mosaiccrm.inventory.impl.persistence;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EntityListeners;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

import org.mosaiccrm.commons.jpa.ColumnLimits;
import org.mosaiccrm.inventory.api.Money;
import org.mosaiccrm.inventory.api.Order;
import org.mosaiccrm.inventory.api.OrderStatus;

/** Table {@code INVENTORY_ORDER}: an order's header and its amounts; its lines are {@link OrderLineEntity}. */
@EntityListeners(ColumnLimits.class)
@Entity(name = "OrderEntity")
@Table(name = "INVENTORY_ORDER")
public class OrderEntity {

    @Id
    @Column(name = "ID", length = 36)
    public String id;

    @Column(name = "ORDER_NUMBER", length = 32, nullable = false, unique = true)
    public String number;

    @Version
    @Column(name = "VERSION")
    public long version;

    /** The contacts module's customer, by id. */
    @Column(name = "CUSTOMER_ID", length = 36, nullable = false)
    public String customerId;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", length = 16, nullable = false)
    public OrderStatus status;

    @Column(name = "CHANNEL", length = 16, nullable = false)
    public String channel;

    @Column(name = "SALES_REP", length = 128)
    public String salesRep;

    @Column(name = "LOCATION_CODE", length = 32, nullable = false)
    public String locationCode;

    @Column(name = "INSTRUCTIONS", length = 1000)
    public String instructions;

    @Column(name = "CURRENCY", length = 3, nullable = false)
    public String currency;

    @Column(name = "SUBTOTAL", precision = 19, scale = 4, nullable = false)
    public BigDecimal subtotal;

    @Column(name = "TAX", precision = 19, scale = 4, nullable = false)
    public BigDecimal tax;

    @Column(name = "TOTAL", precision = 19, scale = 4, nullable = false)
    public BigDecimal total;

    @Column(name = "PAID", precision = 19, scale = 4, nullable = false)
    public BigDecimal paid;

    @Column(name = "CREDIT_OVERRIDDEN", nullable = false)
    public boolean creditOverridden;

    @Column(name = "PLACED_AT", nullable = false)
    public Instant placedAt;

    @Column(name = "PLACED_BY", length = 128, nullable = false)
    public String placedBy;

    public Order toOrder(List<Order.Line> lines) {
        Money totalMoney = new Money(total, currency);
        Money paidMoney = new Money(paid, currency);
        return new Order(id, number, version, customerId, status, channel, salesRep, locationCode, instructions, new ArrayList<>(lines),
                new Money(subtotal, currency), new Money(tax, currency), totalMoney, paidMoney, totalMoney.minus(paidMoney),
                creditOverridden, placedAt, placedBy);
    }
}
