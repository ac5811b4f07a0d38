package ${package}.impl.records;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import java.util.List;

import ${package}.api.${Module}Record;
import org.junit.Test;
import org.mosaiccrm.kernel.api.problem.FieldError;
import org.mosaiccrm.kernel.api.problem.ValidationException;

public class ${Module}RulesTest {

    private final ${Module}Rules rules = new ${Module}Rules(20);

    @Test
    public void aValidDraftIsStoredTrimmed() {
        ${Module}Record.Draft checked = rules.check(new ${Module}Record.Draft(" c-1 ", "  Garantie étendue  "));
        assertEquals("c-1", checked.customerId());
        assertEquals("Garantie étendue", checked.title());
    }

    @Test
    public void everyInvalidFieldIsNamed() {
        ValidationException refused = assertThrows(ValidationException.class, () -> rules.check(new ${Module}Record.Draft(" ", null)));
        assertEquals(List.of("customerId", "title"), fields(refused));
    }

    @Test
    public void aTitleLongerThanConfiguredIsRefused() {
        ValidationException refused = assertThrows(ValidationException.class,
                () -> rules.check(new ${Module}Record.Draft("c-1", "x".repeat(21))));
        assertEquals(List.of("title"), fields(refused));
    }

    @Test
    public void controlCharactersAreRefused() {
        ValidationException refused = assertThrows(ValidationException.class,
                () -> rules.check(new ${Module}Record.Draft("c-1", "a\u0000b")));
        assertEquals(List.of("title"), fields(refused));
    }

    @Test
    public void aConfiguredMaximumBeyondTheColumnIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new ${Module}Rules(${Module}Rules.TITLE_COLUMN + 1));
    }

    private static List<String> fields(ValidationException refused) {
        return refused.errors().stream().map(FieldError::field).toList();
    }
}
