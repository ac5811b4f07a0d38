package org.mosaiccrm.inventory.impl.persistence;

import java.math.BigDecimal;
import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EntityListeners;
import javax.persistence.Id;
import javax.persistence.Table;

import org.mosaiccrm.commons.jpa.ColumnLimits;
import org.mosaiccrm.inventory.api.Money;
import org.mosaiccrm.inventory.api.Payment;

/** Table {@code INVENTORY_PAYMENT}. */
@EntityListeners(ColumnLimits.class)
@Entity(name = "PaymentEntity")
@Table(name = "INVENTORY_PAYMENT")
public class PaymentEntity {

    @Id
    @Column(name = "ID", length = 36)
    public String id;

    @Column(name = "ORDER_ID", length = 36, nullable = false)
    public String orderId;

    @Column(name = "AMOUNT", precision = 19, scale = 4, nullable = false)
    public BigDecimal amount;

    @Column(name = "CURRENCY", length = 3, nullable = false)
    public String currency;

    @Column(name = "METHOD", length = 32)
    public String method;

    @Column(name = "PAID_AT", nullable = false)
    public Instant at;

    @Column(name = "USER_NAME", length = 128, nullable = false)
    public String user;

    public Payment toPayment() {
        return new Payment(id, orderId, new Money(amount, currency), method, at, user);
    }
}
