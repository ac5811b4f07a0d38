package org.mosaiccrm.sales.impl.pipeline;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.Test;
import org.mosaiccrm.kernel.api.problem.FieldError;
import org.mosaiccrm.kernel.api.problem.ValidationException;
import org.mosaiccrm.sales.api.Opportunity;

public class OpportunityRulesTest {

    private static final PipelineSettings SETTINGS = TestSettings.defaults();

    @Test
    public void anOpeningTakesTheFirstStageAndTheDefaultCurrency() {
        Opportunity.Draft checked = OpportunityRules.check(new Opportunity.Draft("c1", "  Machines à café ", new BigDecimal("12500.5"), null,
                null, null, null, LocalDate.of(2030, 6, 30), List.of("BAR-1200", "BAR-1200", "DET-1"), null), SETTINGS, true);
        assertEquals("Machines à café", checked.title());
        assertEquals("12500.50", checked.amount().toPlainString());
        assertEquals("EUR", checked.currency());
        assertEquals("qualification", checked.stage());
        assertEquals("a SKU listed twice is kept once", List.of("BAR-1200", "DET-1"), checked.products());
    }

    @Test
    public void everyInvalidFieldIsNamedAtOnce() {
        ValidationException refused = assertThrows(ValidationException.class, () -> OpportunityRules.check(new Opportunity.Draft(null,
                "a\nb", new BigDecimal("-1"), "EURO", "won", 101, null, LocalDate.of(1999, 12, 31), List.of("A,B"), "x\ny"), SETTINGS, true));
        assertEquals(List.of("customerId", "title", "amount", "currency", "stage", "probability", "expectedClose", "products[0]", "campaign"),
                refused.errors().stream().map(FieldError::field).toList());
    }

    @Test
    public void anAmountBeyondItsColumnOrWithTooManyDecimalsIsRefused() {
        for (String amount : new String[] { "1e400", "10000000000000", "1.005" }) {
            ValidationException refused = assertThrows(ValidationException.class, () -> OpportunityRules.check(new Opportunity.Draft("c", "t",
                    new BigDecimal(amount), null, null, null, null, LocalDate.of(2030, 1, 1), null, null), SETTINGS, true));
            assertEquals(amount, "amount", refused.errors().get(0).field());
        }
    }

    @Test
    public void aLossNeedsItsReason() {
        assertThrows(ValidationException.class, () -> OpportunityRules.lostReason("  "));
        assertEquals("Trop cher", OpportunityRules.lostReason(" Trop cher "));
    }
}
