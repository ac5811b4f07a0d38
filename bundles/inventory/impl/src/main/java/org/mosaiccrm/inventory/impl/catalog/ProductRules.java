package org.mosaiccrm.inventory.impl.catalog;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.mosaiccrm.inventory.api.Product;
import org.mosaiccrm.kernel.api.problem.FieldError;
import org.mosaiccrm.kernel.api.problem.ValidationException;

/** What a product must be, every field checked at once (422 naming each). */
public final class ProductRules {

    static final Pattern SKU = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    private ProductRules() {
    }

    /** The draft, trimmed and with its defaults; a {@link ValidationException} listing every problem otherwise. */
    public static Product.Draft check(Product.Draft draft, String defaultCurrency) {
        if (draft == null) {
            throw new ValidationException("sku", "the request body must be a product");
        }
        List<FieldError> errors = new ArrayList<>();
        String sku = trim(draft.sku());
        if (sku == null || !SKU.matcher(sku).matches()) {
            errors.add(new FieldError("sku", "is required: 1 to 64 letters, digits, dots, dashes or underscores, e.g. CAF-1200"));
        }
        String name = trim(draft.name());
        if (name == null) {
            errors.add(new FieldError("name", "is required"));
        }
        FieldError.checkLength(errors, "name", name, 200);
        FieldError.checkSingleLine(errors, "name", name);
        FieldError.checkLength(errors, "description", draft.description(), 2000);
        String category = trim(draft.category());
        FieldError.checkLength(errors, "category", category, 100);
        FieldError.checkSingleLine(errors, "category", category);
        if (draft.unitPrice() == null || draft.unitPrice().signum() < 0) {
            errors.add(new FieldError("unitPrice", "is required, zero or more, e.g. 149.90"));
        } else {
            FieldError.checkDecimal(errors, "unitPrice", draft.unitPrice(), 19, 4);
        }
        String currency = trim(draft.currency()) == null ? defaultCurrency : trim(draft.currency()).toUpperCase(java.util.Locale.ROOT);
        if (!isCurrency(currency)) {
            errors.add(new FieldError("currency", "must be an ISO 4217 code such as EUR, GBP or USD"));
        }
        BigDecimal tax = draft.taxRate() == null ? BigDecimal.ZERO : draft.taxRate();
        if (tax.signum() < 0 || tax.compareTo(BigDecimal.ONE) >= 0) {
            errors.add(new FieldError("taxRate", "must be a fraction from 0 to less than 1, e.g. 0.20 for 20 %"));
        } else {
            FieldError.checkDecimal(errors, "taxRate", tax, 7, 4);
        }
        int months = draft.warrantyMonths() == null ? 0 : draft.warrantyMonths();
        if (months < 0 || months > 600) {
            errors.add(new FieldError("warrantyMonths", "must be from 0 to 600"));
        }
        boolean service = Boolean.TRUE.equals(draft.service());
        if (service && Boolean.TRUE.equals(draft.serialized())) {
            errors.add(new FieldError("serialized", "a service has no units to number"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return new Product.Draft(sku, name, trim(draft.description()), category, draft.unitPrice(), currency, tax,
                draft.active() == null || draft.active(), Boolean.TRUE.equals(draft.serialized()), service, months);
    }

    public static boolean isCurrency(String code) {
        return org.mosaiccrm.kernel.api.problem.FieldError.isCurrency(code);
    }

    static String trim(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
