package org.mosaiccrm.service.impl.prompts;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.math.BigDecimal;
import java.util.List;

import org.junit.Test;

public class PromptsTest {

    private final Prompts prompts = Prompts.parse("tier=gold: Client or : rappeler dans l'heure; warranty=expired: Garantie expirée : "
            + "proposer une extension; complaints>=3 & credit>=5000: Gros compte mécontent : escalader");

    @Test
    public void theRulesThatHoldAreShownInTheirOrder() {
        assertEquals(List.of("Client or : rappeler dans l'heure", "Garantie expirée : proposer une extension"),
                prompts.evaluate(new Prompts.Facts("Gold", null, 0, 1, Prompts.Warranty.EXPIRED)));
        assertEquals(List.of("Gros compte mécontent : escalader"),
                prompts.evaluate(new Prompts.Facts("silver", new BigDecimal("8000"), 3, 1, Prompts.Warranty.UNKNOWN)));
        assertEquals(List.of(), prompts.evaluate(new Prompts.Facts("silver", new BigDecimal("8000"), 2, 1, Prompts.Warranty.ACTIVE)));
        assertTrue(prompts.needsWarranty());
    }

    @Test
    public void badRulesSayWhatIsExpected() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Prompts.parse("tier=gold Client or")).getMessage().contains("conditions:"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Prompts.parse("age>=30: Senior")).getMessage().contains("not a condition"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Prompts.parse("warranty=maybe: x")).getMessage().contains("warranty=expired"));
    }
}
