package org.mosaiccrm.inventory.impl.exchange;

import java.util.Map;

import org.mosaiccrm.commons.imports.CsvRows;

/** What a column of a catalog CSV means: this CRM's names and the usual French and English headers, compared loosely. */
public enum CatalogColumns {
    SKU("sku"), NAME("name"), DESCRIPTION("description"), CATEGORY("category"), UNIT_PRICE("unitPrice"), CURRENCY("currency"),
    TAX_RATE("taxRate"), ACTIVE("active"), SERIALIZED("serialized"), SERVICE("service"), WARRANTY_MONTHS("warrantyMonths");

    private static final Map<String, CatalogColumns> NAMES = Map.ofEntries(
            Map.entry("sku", SKU), Map.entry("reference", SKU), Map.entry("ref", SKU), Map.entry("code", SKU),
            Map.entry("codearticle", SKU), Map.entry("itemcode", SKU), Map.entry("productcode", SKU),
            Map.entry("name", NAME), Map.entry("nom", NAME), Map.entry("designation", NAME), Map.entry("libelle", NAME),
            Map.entry("productname", NAME), Map.entry("description", DESCRIPTION),
            Map.entry("category", CATEGORY), Map.entry("categorie", CATEGORY), Map.entry("famille", CATEGORY),
            Map.entry("unitprice", UNIT_PRICE), Map.entry("price", UNIT_PRICE), Map.entry("prix", UNIT_PRICE),
            Map.entry("prixht", UNIT_PRICE), Map.entry("prixunitaire", UNIT_PRICE), Map.entry("prixunitaireht", UNIT_PRICE),
            Map.entry("currency", CURRENCY), Map.entry("devise", CURRENCY), Map.entry("monnaie", CURRENCY),
            Map.entry("taxrate", TAX_RATE), Map.entry("tax", TAX_RATE), Map.entry("vat", TAX_RATE), Map.entry("tva", TAX_RATE),
            Map.entry("tauxdetva", TAX_RATE), Map.entry("tauxtva", TAX_RATE),
            Map.entry("active", ACTIVE), Map.entry("actif", ACTIVE),
            Map.entry("serialized", SERIALIZED), Map.entry("numerodeserie", SERIALIZED), Map.entry("serialise", SERIALIZED),
            Map.entry("service", SERVICE), Map.entry("prestation", SERVICE),
            Map.entry("warrantymonths", WARRANTY_MONTHS), Map.entry("warranty", WARRANTY_MONTHS), Map.entry("garantie", WARRANTY_MONTHS),
            Map.entry("garantiemois", WARRANTY_MONTHS), Map.entry("moisdegarantie", WARRANTY_MONTHS));

    /** The product field the column fills, as validation errors name it. */
    final String field;

    CatalogColumns(String field) {
        this.field = field;
    }

    /** Headers to suggest to somebody whose file has none the import reads. */
    public static final java.util.List<String> EXAMPLES = java.util.List.of("sku", "name", "unitPrice", "taxRate", "Référence",
            "Désignation", "Prix HT", "TVA");

    /** Whether a catalog import reads a column of this name. */
    public static boolean reads(String header) {
        return of(header) != null;
    }

    static CatalogColumns of(String header) {
        return NAMES.get(CsvRows.key(header));
    }
}
