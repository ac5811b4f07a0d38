package org.mosaiccrm.inventory.impl.exchange;

import java.io.Reader;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.mosaiccrm.commons.imports.CsvImports;
import org.mosaiccrm.commons.imports.CsvRows;
import org.mosaiccrm.commons.imports.HeaderMap;
import org.mosaiccrm.commons.imports.ImportLock;
import org.mosaiccrm.commons.imports.ImportTally;
import org.mosaiccrm.commons.imports.ImportTally.Outcome;
import org.mosaiccrm.commons.imports.JpaBatchWriter;
import org.mosaiccrm.inventory.api.Product;
import org.mosaiccrm.inventory.impl.InventoryModule;
import org.mosaiccrm.inventory.impl.catalog.CatalogStore;
import org.mosaiccrm.inventory.impl.catalog.ProductRules;
import org.mosaiccrm.inventory.impl.orders.Catalogs;
import org.mosaiccrm.inventory.impl.persistence.ProductEntity;
import org.mosaiccrm.kernel.api.audit.AuditAction;
import org.mosaiccrm.kernel.api.audit.AuditLog;
import org.mosaiccrm.kernel.api.audit.FieldChange;
import org.mosaiccrm.kernel.api.imports.ImportReport;
import org.mosaiccrm.kernel.api.problem.ValidationException;

/**
 * The catalog from CSV through the shared machinery (commons.imports): a row's SKU finds the product to
 * update, else one is created; a row that says what is stored already changes nothing, so importing the same
 * file twice reports every row unchanged. French spreadsheets are read as they come: {@code 149,90 €},
 * {@code 20 %} or {@code 0,2} of VAT, {@code oui}/{@code non}.
 */
public final class CatalogImport {

    private static final Set<String> YES = Set.of("yes", "y", "true", "1", "x", "oui", "o", "vrai");
    private static final Set<String> NO = Set.of("no", "n", "false", "0", "non", "faux");

    private final JpaBatchWriter<Product.Draft> writer;
    private final String defaultCurrency;
    private final AuditLog audit;
    private final ImportLock running = new ImportLock("Another import of the catalog is running; try again in a minute.");

    public CatalogImport(JpaTemplate jpa, AuditLog audit, String defaultCurrency, int batchSize) {
        this.audit = audit;
        this.defaultCurrency = defaultCurrency;
        // checked in store(): a row for a known SKU may carry only the columns it changes (e.g. SKU and price)
        this.writer = new JpaBatchWriter<>(jpa, CatalogImport::withSku, () -> this::store, batchSize);
    }

    /** One import at a time: a row's "new or known SKU" depends on the rows stored before it. */
    public ImportReport run(Reader csv, boolean dryRun, Character delimiter) {
        try (ImportLock.Held alone = running.acquire()) {
            ImportTally<Product.Draft> tally = new ImportTally<>(dryRun, rows -> { }, writer);
            HeaderMap<CatalogColumns> headers = new HeaderMap<>(CatalogColumns.class, CatalogColumns::of);
            return CsvImports.run(csv, delimiter, headers, (cells, map) -> new CsvImports.Mapped<>(draftOf(cells, map),
                    field -> header(map, field)), tally);
        }
    }

    private static Product.Draft withSku(Product.Draft row) {
        if (row.sku() == null) {
            throw new ValidationException("sku", "is required: the SKU says which product the row is");
        }
        return row;
    }

    private Outcome store(EntityManager em, Product.Draft row) {
        ProductEntity existing = Catalogs.bySku(em, row.sku());
        if (existing == null) {
            ProductEntity product = new ProductEntity();
            product.id = UUID.randomUUID().toString();
            CatalogStore.apply(product, ProductRules.check(row, defaultCurrency));
            em.persist(product);
            audit.record(InventoryModule.NAME, CatalogStore.PRODUCT, product.id, AuditAction.CREATE, List.of(
                    new FieldChange("sku", null, product.sku), new FieldChange("unitPrice", null, product.unitPrice + " " + product.currency)));
            return Outcome.CREATED;
        }
        Product.Draft stored = new Product.Draft(existing.sku, existing.name, existing.description, existing.category, existing.unitPrice,
                existing.currency, existing.taxRate, existing.active, existing.serialized, existing.service, existing.warrantyMonths);
        Product.Draft valid = ProductRules.check(merged(row, stored), defaultCurrency);
        if (same(stored, valid)) {
            return Outcome.UNCHANGED;
        }
        List<FieldChange> changes = new java.util.ArrayList<>();
        for (String[] field : new String[][] { { "name", stored.name(), valid.name() },
                { "unitPrice", stored.unitPrice().stripTrailingZeros().toPlainString(), valid.unitPrice().stripTrailingZeros().toPlainString() },
                { "taxRate", stored.taxRate().stripTrailingZeros().toPlainString(), valid.taxRate().stripTrailingZeros().toPlainString() },
                { "active", String.valueOf(stored.active()), String.valueOf(valid.active()) } }) {
            if (!Objects.equals(field[1], field[2])) {
                changes.add(new FieldChange(field[0], field[1], field[2]));
            }
        }
        CatalogStore.apply(existing, valid);
        // in the batch's transaction: a dry run rolls the audit back with the rows
        audit.record(InventoryModule.NAME, CatalogStore.PRODUCT, existing.id, AuditAction.UPDATE, changes);
        return Outcome.UPDATED;
    }

    /** The row's cells over what is stored: a column the file lacks (or a blank cell) keeps the stored value. */
    private static Product.Draft merged(Product.Draft row, Product.Draft stored) {
        return new Product.Draft(row.sku(), or(row.name(), stored.name()), or(row.description(), stored.description()),
                or(row.category(), stored.category()), or(row.unitPrice(), stored.unitPrice()), or(row.currency(), stored.currency()),
                or(row.taxRate(), stored.taxRate()), or(row.active(), stored.active()), or(row.serialized(), stored.serialized()),
                or(row.service(), stored.service()), or(row.warrantyMonths(), stored.warrantyMonths()));
    }

    private static <T> T or(T value, T otherwise) {
        return value != null ? value : otherwise;
    }

    private static boolean same(Product.Draft a, Product.Draft b) {
        return Objects.equals(a.name(), b.name()) && Objects.equals(a.description(), b.description())
                && Objects.equals(a.category(), b.category()) && a.unitPrice().compareTo(b.unitPrice()) == 0
                && Objects.equals(a.currency(), b.currency()) && a.taxRate().compareTo(b.taxRate()) == 0
                && Objects.equals(a.active(), b.active()) && Objects.equals(a.serialized(), b.serialized())
                && Objects.equals(a.service(), b.service()) && Objects.equals(a.warrantyMonths(), b.warrantyMonths());
    }

    private static Product.Draft draftOf(CsvRows.Cells cells, HeaderMap<CatalogColumns> columns) {
        return new Product.Draft(columns.cell(cells, CatalogColumns.SKU), columns.cell(cells, CatalogColumns.NAME),
                columns.cell(cells, CatalogColumns.DESCRIPTION), columns.cell(cells, CatalogColumns.CATEGORY),
                amount(columns, cells, CatalogColumns.UNIT_PRICE), columns.cell(cells, CatalogColumns.CURRENCY),
                taxRate(columns, cells), yesNo(columns, cells, CatalogColumns.ACTIVE), yesNo(columns, cells, CatalogColumns.SERIALIZED),
                yesNo(columns, cells, CatalogColumns.SERVICE), months(columns, cells));
    }

    /** {@code 1 249,90 €} or {@code 1249.90}: spaces (also non-breaking) and the euro sign are a spreadsheet's formatting. */
    static BigDecimal amount(HeaderMap<CatalogColumns> columns, CsvRows.Cells cells, CatalogColumns column) {
        String text = columns.cell(cells, column);
        if (text == null) {
            return null;
        }
        String plain = text.replaceAll("[\\s\\u00A0\\u202F€]", "");
        if (plain.matches("[1-9]\\d{0,2}[.,]\\d{3}")) {
            // 1,249 is 1249 in English and 1.249 in French: refused rather than guessed a thousand times wrong
            throw new ValidationException(columns.header(column), "'" + text + "' is ambiguous: write 1249, 1 249,00 or 1.249,00");
        }
        if (plain.contains(",") && plain.contains(".")) {
            plain = plain.lastIndexOf(',') > plain.lastIndexOf('.') ? plain.replace(".", "").replace(',', '.') : plain.replace(",", "");
        } else {
            plain = plain.replace(',', '.');
        }
        try {
            return new BigDecimal(plain);
        } catch (NumberFormatException e) {
            throw new ValidationException(columns.header(column), "'" + text + "' is not an amount, e.g. 149,90");
        }
    }

    /** {@code 20 %}, {@code 20} and {@code 0,2} are all 20 % of VAT. */
    private static BigDecimal taxRate(HeaderMap<CatalogColumns> columns, CsvRows.Cells cells) {
        String text = columns.cell(cells, CatalogColumns.TAX_RATE);
        if (text == null) {
            return null;
        }
        boolean percent = text.contains("%");
        BigDecimal rate;
        try {
            rate = new BigDecimal(text.replaceAll("[\\s\\u00A0\\u202F%]", "").replace(',', '.'));
        } catch (NumberFormatException e) {
            throw new ValidationException(columns.header(CatalogColumns.TAX_RATE), "'" + text + "' is not a rate, e.g. 20 % or 0,20");
        }
        return percent || rate.compareTo(BigDecimal.ONE) >= 0 ? rate.movePointLeft(2) : rate;
    }

    private static Boolean yesNo(HeaderMap<CatalogColumns> columns, CsvRows.Cells cells, CatalogColumns column) {
        String text = columns.cell(cells, column);
        if (text == null) {
            return null;
        }
        String key = text.strip().toLowerCase(Locale.ROOT);
        if (YES.contains(key)) {
            return true;
        }
        if (NO.contains(key)) {
            return false;
        }
        throw new ValidationException(columns.header(column), "'" + text + "' is not yes or no (oui/non, 1/0, x)");
    }

    private static Integer months(HeaderMap<CatalogColumns> columns, CsvRows.Cells cells) {
        String text = columns.cell(cells, CatalogColumns.WARRANTY_MONTHS);
        if (text == null) {
            return null;
        }
        try {
            return Integer.valueOf(text.replaceAll("(?i)\\s*(mois|months?)$", "").strip());
        } catch (NumberFormatException e) {
            throw new ValidationException(columns.header(CatalogColumns.WARRANTY_MONTHS), "'" + text + "' is not a number of months, e.g. 24");
        }
    }

    private static String header(HeaderMap<CatalogColumns> columns, String field) {
        for (CatalogColumns column : CatalogColumns.values()) {
            if (column.field.equals(field) && columns.header(column) != null) {
                return columns.header(column);
            }
        }
        return field;
    }
}
