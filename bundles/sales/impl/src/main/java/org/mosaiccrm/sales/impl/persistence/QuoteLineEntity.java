package org.mosaiccrm.sales.impl.persistence;

import java.math.BigDecimal;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EntityListeners;
import javax.persistence.Id;
import javax.persistence.Table;

import org.mosaiccrm.commons.jpa.ColumnLimits;
import org.mosaiccrm.sales.api.Quote;

/** Table {@code SALES_QUOTE_LINE}: a quote's priced lines, the product's name as it was when quoted. */
@EntityListeners(ColumnLimits.class)
@Entity(name = "QuoteLineEntity")
@Table(name = "SALES_QUOTE_LINE")
public class QuoteLineEntity {

    @Id
    @Column(name = "ID", length = 36)
    public String id;

    @Column(name = "QUOTE_ID", length = 36, nullable = false)
    public String quoteId;

    @Column(name = "LINE_NO", nullable = false)
    public int lineNo;

    @Column(name = "SKU", length = 64, nullable = false)
    public String sku;

    @Column(name = "NAME", length = 200, nullable = false)
    public String name;

    @Column(name = "QUANTITY", nullable = false)
    public long quantity;

    /** As precise as the catalog's prices (four decimals). */
    @Column(name = "UNIT_PRICE", precision = 19, scale = 4, nullable = false)
    public BigDecimal unitPrice;

    @Column(name = "DISCOUNT", precision = 5, scale = 4, nullable = false)
    public BigDecimal discount;

    @Column(name = "TAX_RATE", precision = 5, scale = 4, nullable = false)
    public BigDecimal taxRate;

    @Column(name = "TOTAL", precision = 15, scale = 2, nullable = false)
    public BigDecimal total;

    @Column(name = "LINE_TAX", precision = 15, scale = 2, nullable = false)
    public BigDecimal tax;

    public Quote.Line toRecord() {
        return new Quote.Line(lineNo, sku, name, quantity, unitPrice, discount, taxRate, total);
    }
}
