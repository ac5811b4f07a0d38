package org.mosaiccrm.commons.imports;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.function.Function;

import org.junit.Test;
import org.mosaiccrm.kernel.api.imports.ImportReport;
import org.mosaiccrm.kernel.api.problem.ValidationException;

/** What an import report says about rows the store refused: the rule in words, never the database's SQL. */
public class ImportTallyTest {

    private static ImportReport importing(RuntimeException failure) {
        ImportTally<String> tally = new ImportTally<>(false, rows -> { }, new ImportTally.BatchWriter<>() {
            @Override
            public List<ImportTally.RowResult> write(List<String> rows, boolean dryRun) {
                return rows.stream().map(row -> row.equals("bad") ? ImportTally.RowResult.failed(failure)
                        : ImportTally.RowResult.of(ImportTally.Outcome.CREATED)).toList();
            }

            @Override
            public int batchSize() {
                return 10;
            }
        });
        tally.row(2, "good", Function.identity());
        tally.row(3, "bad", Function.identity());
        return tally.finish(List.of());
    }

    @Test
    public void aRowTheDatabaseRefusesIsReportedWithAnIncidentNotItsSql() {
        ImportReport report = importing(new IllegalStateException("Exception [EclipseLink-4002]: INSERT INTO CONTACTS_CUSTOMER "
                + "(ID, NAME_KEY) VALUES (?, ?) - value too long"));
        assertEquals(1, report.created());
        assertEquals(1, report.failed());
        String message = report.problems().get(0).message();
        assertTrue(message, message.contains("incident"));
        assertFalse(message, message.contains("EclipseLink") || message.contains("INSERT") || message.contains("CONTACTS_"));
    }

    @Test
    public void aRuleAnEntityListenerEnforcesIsReportedAsTheRuleEvenWhenWrapped() {
        ImportReport report = importing(new RuntimeException("wrapped by the provider",
                new ValidationException("displayName", "must be at most 200 characters")));
        assertEquals("displayName", report.problems().get(0).field());
        assertEquals("must be at most 200 characters", report.problems().get(0).message());
        assertEquals(3, report.problems().get(0).line());
    }
}
