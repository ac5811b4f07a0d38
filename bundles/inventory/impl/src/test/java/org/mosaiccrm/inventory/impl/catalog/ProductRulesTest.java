package org.mosaiccrm.inventory.impl.catalog;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.math.BigDecimal;

import org.junit.Test;
import org.mosaiccrm.inventory.api.Product;
import org.mosaiccrm.kernel.api.problem.FieldError;
import org.mosaiccrm.kernel.api.problem.ValidationException;

public class ProductRulesTest {

    @Test
    public void everyBadFieldIsNamedAtOnce() {
        ValidationException refused = assertThrows(ValidationException.class, () -> ProductRules.check(new Product.Draft("bad sku!", " ",
                null, null, new BigDecimal("-1"), "EURO", new BigDecimal("1.5"), null, true, true, -1), "EUR"));
        String fields = refused.errors().stream().map(FieldError::field).sorted().toList().toString();
        assertEquals("[currency, name, serialized, sku, taxRate, unitPrice, warrantyMonths]", fields);
    }

    @Test
    public void theDefaultsAreTheConfiguredCurrencyNoTaxActiveAndStocked() {
        Product.Draft checked = ProductRules.check(new Product.Draft(" CAF-1200 ", "Machine à expresso", null, null,
                new BigDecimal("449.00"), null, null, null, null, null, null), "EUR");
        assertEquals("CAF-1200", checked.sku());
        assertEquals("EUR", checked.currency());
        assertEquals(0, checked.taxRate().signum());
        assertTrue(checked.active());
        assertEquals(Integer.valueOf(0), checked.warrantyMonths());
    }
}
