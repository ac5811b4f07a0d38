package org.mosaiccrm.sales.impl.persistence;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EntityListeners;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

import org.mosaiccrm.commons.jpa.ColumnLimits;
import org.mosaiccrm.sales.api.Opportunity;

/**
 * Table {@code SALES_OPPORTUNITY}. {@code CLOSE_MONTH} (yyyymm of the expected or actual close day) is written with
 * the day so that the forecast groups by month in plain, portable SQL.
 */
@EntityListeners(ColumnLimits.class)
@Entity(name = "OpportunityEntity")
@Table(name = "SALES_OPPORTUNITY")
public class OpportunityEntity {

    @Id
    @Column(name = "ID", length = 36)
    public String id;

    @Version
    @Column(name = "VERSION", nullable = false)
    public long version;

    /** The contacts module's customer, by id (no foreign key across modules). */
    @Column(name = "CUSTOMER_ID", length = 36, nullable = false)
    public String customerId;

    @Column(name = "TITLE", length = 200, nullable = false)
    public String title;

    @Column(name = "AMOUNT", precision = 15, scale = 2, nullable = false)
    public BigDecimal amount;

    @Column(name = "CURRENCY", length = 3, nullable = false)
    public String currency;

    @Column(name = "STAGE", length = 40, nullable = false)
    public String stage;

    /** 1 while open, 0 once won or lost: the forecast's and the lists' filter. */
    @Column(name = "IS_OPEN", nullable = false)
    public int open;

    /** The furthest stage it reached (won once won; a loss keeps the stage it was lost from): the stage conversion. */
    @Column(name = "FURTHEST_STAGE", length = 40, nullable = false)
    public String furthestStage;

    @Column(name = "PROBABILITY", nullable = false)
    public int probability;

    @Column(name = "OWNER", length = 128, nullable = false)
    public String owner;

    @Column(name = "EXPECTED_CLOSE", nullable = false)
    public LocalDate expectedClose;

    @Column(name = "CLOSE_MONTH", nullable = false)
    public int closeMonth;

    /** SKUs separated by commas (a few per opportunity; SKUs hold no comma). */
    @Column(name = "PRODUCTS", length = 1000)
    public String products;

    @Column(name = "SOURCE_LEAD_ID", length = 36)
    public String sourceLeadId;

    @Column(name = "CAMPAIGN", length = 100)
    public String campaign;

    @Column(name = "LOST_REASON", length = 500)
    public String lostReason;

    @Column(name = "CREATED_AT", nullable = false)
    public Instant createdAt;

    @Column(name = "CREATED_BY", length = 128, nullable = false)
    public String createdBy;

    @Column(name = "UPDATED_AT", nullable = false)
    public Instant updatedAt;

    @Column(name = "CLOSED_AT")
    public Instant closedAt;

    public void setExpectedClose(LocalDate day) {
        expectedClose = day;
        closeMonth = day.getYear() * 100 + day.getMonthValue();
    }

    public void setProducts(List<String> skus) {
        products = skus == null || skus.isEmpty() ? null : String.join(",", skus);
    }

    public Opportunity toRecord() {
        return new Opportunity(id, version, customerId, title, amount, currency, stage, probability, owner, expectedClose,
                products == null ? List.of() : Arrays.asList(products.split(",")), sourceLeadId, campaign, lostReason,
                createdAt, createdBy, updatedAt, closedAt);
    }
}
