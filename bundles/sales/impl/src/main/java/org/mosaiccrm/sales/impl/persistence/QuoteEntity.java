package org.mosaiccrm.sales.impl.persistence;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EntityListeners;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

import org.mosaiccrm.commons.jpa.ColumnLimits;
import org.mosaiccrm.sales.api.Quote;

/** Table {@code SALES_QUOTE}; its lines are {@link QuoteLineEntity} rows. */
@EntityListeners(ColumnLimits.class)
@Entity(name = "QuoteEntity")
@Table(name = "SALES_QUOTE")
public class QuoteEntity {

    @Id
    @Column(name = "ID", length = 36)
    public String id;

    @Column(name = "QUOTE_NUMBER", length = 20, nullable = false)
    public String number;

    @Version
    @Column(name = "VERSION", nullable = false)
    public long version;

    @Column(name = "OPPORTUNITY_ID", length = 36, nullable = false)
    public String opportunityId;

    @Column(name = "CUSTOMER_ID", length = 36, nullable = false)
    public String customerId;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", length = 10, nullable = false)
    public Quote.Status status;

    @Column(name = "CURRENCY", length = 3, nullable = false)
    public String currency;

    @Column(name = "LANGUAGE", length = 2, nullable = false)
    public String language;

    @Column(name = "VALID_UNTIL", nullable = false)
    public LocalDate validUntil;

    @Column(name = "LOCATION", length = 32)
    public String location;

    @Column(name = "SUBTOTAL", precision = 15, scale = 2, nullable = false)
    public BigDecimal subtotal;

    @Column(name = "TAX", precision = 15, scale = 2, nullable = false)
    public BigDecimal tax;

    @Column(name = "TOTAL", precision = 15, scale = 2, nullable = false)
    public BigDecimal total;

    @Column(name = "ORDER_ID", length = 36)
    public String orderId;

    @Column(name = "DECLINED_REASON", length = 500)
    public String declinedReason;

    @Column(name = "CREATED_AT", nullable = false)
    public Instant createdAt;

    @Column(name = "CREATED_BY", length = 128, nullable = false)
    public String createdBy;

    @Column(name = "SENT_AT")
    public Instant sentAt;

    @Column(name = "DECIDED_AT")
    public Instant decidedAt;

    public Quote toRecord(java.util.List<Quote.Line> lines) {
        return new Quote(id, number, version, opportunityId, customerId, status, currency, language, validUntil, location, lines, subtotal, tax,
                total, orderId, declinedReason, createdAt, createdBy, sentAt, decidedAt);
    }
}
