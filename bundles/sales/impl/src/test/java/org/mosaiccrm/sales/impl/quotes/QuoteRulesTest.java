package org.mosaiccrm.sales.impl.quotes;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;

import org.junit.Test;
import org.mosaiccrm.kernel.api.problem.FieldError;
import org.mosaiccrm.kernel.api.problem.ValidationException;
import org.mosaiccrm.sales.api.Quote;

public class QuoteRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 4);

    @Test
    public void aQuoteStandsForTheConfiguredDaysWithoutDiscountUnlessGiven() {
        Quote.Draft checked = QuoteRules.check(new Quote.Draft("o1", null, null, " ENT-1 ",
                List.of(new Quote.LineDraft(" BAR-1200 ", 2L, null, null))), TODAY, 30);
        assertEquals(LocalDate.of(2027, 1, 3), checked.validUntil());
        assertNull("the customer's language is taken later", checked.language());
        assertEquals("ENT-1", checked.location());
        assertEquals("BAR-1200", checked.lines().get(0).sku());
        assertEquals(BigDecimal.ZERO, checked.lines().get(0).discount());
    }

    @Test
    public void everyInvalidFieldIsNamedAtOnce() {
        ValidationException refused = assertThrows(ValidationException.class, () -> QuoteRules.check(new Quote.Draft(null,
                TODAY.minusDays(1), "de", null, List.of(new Quote.LineDraft(null, 0L, new BigDecimal("-1"), new BigDecimal("1")),
                        new Quote.LineDraft("A", 1L, new BigDecimal("1.00001"), new BigDecimal("0.12345")))), TODAY, 30));
        assertEquals(List.of("opportunityId", "validUntil", "language", "location", "lines[0].sku", "lines[0].quantity", "lines[0].unitPrice",
                "lines[0].discount", "lines[1].unitPrice", "lines[1].discount"), refused.errors().stream().map(FieldError::field).toList());
    }

    @Test
    public void aQuoteHasOneToAHundredLines() {
        assertThrows(ValidationException.class, () -> QuoteRules.check(new Quote.Draft("o1", null, null, "E1", List.of()), TODAY, 30));
        assertThrows(ValidationException.class, () -> QuoteRules.check(new Quote.Draft("o1", null, null, "E1",
                Collections.nCopies(101, new Quote.LineDraft("A", 1L, null, null))), TODAY, 30));
        ValidationException nullLine = assertThrows(ValidationException.class, () -> QuoteRules.check(new Quote.Draft("o1", null, null, "E1",
                Collections.singletonList(null)), TODAY, 30));
        assertEquals("lines[0]", nullLine.errors().get(0).field());
    }
}
