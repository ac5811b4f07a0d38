package org.mosaiccrm.contacts.impl.exchange;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import org.junit.Test;
import org.mosaiccrm.kernel.api.imports.ImportProgress;
import org.mosaiccrm.kernel.api.imports.ImportReport;
import org.mosaiccrm.kernel.api.imports.RowProblem;
import org.mosaiccrm.kernel.api.problem.ValidationException;

public class CustomerTransferTest {

    private static final String GOOD = "{\"customer\":{\"id\":\"c-1\",\"kind\":\"PERSON\",\"lastName\":\"Durand\"}}";

    /** Stores nothing: counts what it is given, by line number, and warns about one link at the end. */
    private static final class Recording implements CustomerTransfer.LineStore {
        final List<Long> stored = new ArrayList<>();

        @Override
        public CustomerTransfer.Outcome store(CustomerTransfer.Line line, long number, boolean dryRun) {
            stored.add(number);
            return CustomerTransfer.Outcome.CREATED;
        }

        @Override
        public List<RowProblem> finish(boolean dryRun) {
            return List.of(new RowProblem(stored.get(stored.size() - 1), "organizationId", "link dropped"));
        }
    }

    private static ImportReport read(String body, Recording store) {
        return CustomerTransfer.read(new StringReader(body), false, store, ImportProgress.NONE);
    }

    @Test
    public void refusedLinesAreReportedByTheirNumberInTheFileAndTheRestIsStored() {
        Recording store = new Recording();
        ImportReport report = read("[1,2,3]\n42\n\n" + GOOD + "\n{\"customer\":{\"id\":\"../../etc/passwd\",\"kind\":\"PERSON\"}}\n"
                + GOOD.replace("PERSON", "ROBOT") + "\n" + GOOD + "\n", store);
        assertEquals("line 3 is blank, lines 4 and 7 are stored", List.of(4L, 7L), store.stored);
        assertEquals(6, report.rows());
        assertEquals(2, report.created());
        assertEquals("warnings are not failures", 4, report.failed());
        assertEquals(List.of(1L, 2L, 5L, 6L, 7L), report.problems().stream().map(RowProblem::line).toList());
        assertEquals("must be a JSON object {\"customer\": {...}, \"interactions\": [...]}", report.problems().get(0).message());
        assertEquals("customer.id", report.problems().get(2).field());
        assertEquals(new RowProblem(6, "customer.kind", "'ROBOT' is not valid here; allowed: PERSON, ORGANIZATION"),
                report.problems().get(3));
        String all = report.problems().toString();
        assertFalse("no Java in what people read: " + all, all.contains("CustomerTransfer") || all.contains("Exception")
                || all.contains("FAIL_ON") || all.contains("`"));
    }

    @Test
    public void aLineOverTheLimitIsSkippedNotTheWholeFile() {
        Recording store = new Recording();
        String huge = "{\"customer\":{\"id\":\"c-2\",\"lastName\":\"" + "x".repeat(CustomerTransfer.MAX_LINE) + "\"}}";
        ImportReport report = read(GOOD + "\n" + huge + "\n" + GOOD, store);
        assertEquals(List.of(1L, 3L), store.stored);
        assertEquals(2, report.problems().get(0).line());
        assertTrue(report.problems().get(0).message(), report.problems().get(0).message().contains("was skipped"));
    }

    @Test
    public void aControlCharacterWrittenAsAnEscapeIsRefused() {
        try {
            CustomerTransfer.parse("{\"customer\":{\"id\":\"c-3\",\"lastName\":\"Du\\u0000rand\"}}");
            throw new AssertionError("accepted a NUL");
        } catch (ValidationException e) {
            assertTrue(e.errors().get(0).message(), e.errors().get(0).message().contains("control character"));
        }
        assertEquals("a tab is text", "Du\trand",
                CustomerTransfer.parse("{\"customer\":{\"id\":\"c-3\",\"lastName\":\"Du\\trand\"}}").customer().lastName());
    }

    @Test
    public void aHandWrittenLineNeedsNoVersion() {
        assertEquals(0, CustomerTransfer.parse(GOOD).customer().version());
    }
}
