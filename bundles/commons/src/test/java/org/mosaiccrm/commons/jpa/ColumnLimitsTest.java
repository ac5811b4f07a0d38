package org.mosaiccrm.commons.jpa;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import javax.persistence.Column;
import javax.persistence.Lob;

import org.junit.Test;
import org.mosaiccrm.kernel.api.problem.FieldError;
import org.mosaiccrm.kernel.api.problem.ValidationException;

public class ColumnLimitsTest {

    /** An entity as modules write them: public fields with their columns. */
    static final class Sample {
        @Column(name = "NAME", length = 10)
        public String name = "ok";

        @Lob
        @Column(name = "NOTES")
        public String notes = "x".repeat(5000);

        @Column(name = "AMOUNT", precision = 15, scale = 2)
        public BigDecimal amount = new BigDecimal("9999999999999.99");

        @Column(name = "AT")
        public Instant at = Instant.parse("2026-12-03T10:00:00Z");
    }

    private static List<String> refused(Sample sample) {
        return assertThrows(ValidationException.class, () -> new ColumnLimits().check(sample)).errors().stream()
                .map(FieldError::field).toList();
    }

    @Test
    public void aSampleThatFitsPassesAndALobHasNoLengthLimit() {
        new ColumnLimits().check(new Sample());
    }

    @Test
    public void eachOverflowIsNamedBeforeTheDatabaseSeesIt() {
        Sample sample = new Sample();
        sample.name = "Lefèvre-Dupont";
        sample.amount = new BigDecimal("1e200000000");
        sample.at = Instant.parse("+10000-01-01T00:00:00Z");
        assertEquals(List.of("name", "amount", "at"), refused(sample));
    }
}
