package org.mosaiccrm.commons.imports;

import org.mosaiccrm.kernel.api.imports.ImportReport;
import org.mosaiccrm.kernel.api.imports.RowProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.LongConsumer;

import org.mosaiccrm.kernel.api.problem.FieldError;
import org.mosaiccrm.kernel.api.problem.ProblemException;

/**
 * Counts what an import does row by row, whatever the format and the record, and keeps the first
 * problems. Rows are handed to the writer in batches (one transaction each: the writer's business).
 *
 * @param <T> what a row becomes, e.g. a customer or lead draft
 */
public final class ImportTally<T> {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ImportTally.class);

    public static final int MAX_PROBLEMS = 1000;

    /** Stores a batch of rows; answers one result per row, in order. */
    public interface BatchWriter<T> {
        List<RowResult> write(List<T> rows, boolean dryRun);

        int batchSize();
    }

    public enum Outcome {
        CREATED, UPDATED, UNCHANGED
    }

    /** What became of one row: an outcome, or the reason it was refused. */
    public record RowResult(Outcome outcome, RuntimeException failure) {
        public static RowResult of(Outcome outcome) {
            return new RowResult(outcome, null);
        }

        public static RowResult failed(RuntimeException failure) {
            return new RowResult(null, failure);
        }
    }

    private record Pending<T>(long line, T row, Function<String, String> column) {
    }

    private final boolean dryRun;
    private final LongConsumer progress;
    private final BatchWriter<T> writer;
    private final List<Pending<T>> pending = new ArrayList<>();
    private final List<RowProblem> problems = new ArrayList<>();
    private long rows;
    private long created;
    private long updated;
    private long unchanged;
    private long failed;

    /** @param progress told the rows done after each batch */
    public ImportTally(boolean dryRun, LongConsumer progress, BatchWriter<T> writer) {
        this.dryRun = dryRun;
        this.progress = progress;
        this.writer = writer;
    }

    /**
     * Queues one row, writing the batch once it is full.
     *
     * @param line   where the row is in the file, for the report
     * @param column the file's name for a field of {@code T}, for the report
     */
    public void row(long line, T row, Function<String, String> column) {
        pending.add(new Pending<>(line, row, column));
        if (pending.size() >= writer.batchSize()) {
            flush();
        }
    }

    /** A row refused before it became a {@code T} (e.g. a cell that is not a number). */
    public void refused(long line, String field, String message) {
        rows++;
        failed++;
        problem(line, field, message);
    }

    /** Writes what is queued and gives the counts. */
    public ImportReport finish(List<String> ignoredColumns) {
        flush();
        progress.accept(rows);
        return new ImportReport(dryRun, rows, created, updated, unchanged, failed, problems, ignoredColumns);
    }

    private void flush() {
        if (pending.isEmpty()) {
            return;
        }
        List<RowResult> results = writer.write(pending.stream().map(Pending::row).toList(), dryRun);
        for (int i = 0; i < pending.size(); i++) {
            count(pending.get(i), results.get(i));
        }
        rows += pending.size();
        pending.clear();
        progress.accept(rows);
    }

    private void count(Pending<T> row, RowResult result) {
        if (result.failure() == null) {
            switch (result.outcome()) {
                case CREATED -> created++;
                case UPDATED -> updated++;
                case UNCHANGED -> unchanged++;
            }
            return;
        }
        failed++;
        // a rule an entity listener enforces (ColumnLimits) arrives wrapped by the persistence provider
        ProblemException refused = null;
        for (Throwable cause = result.failure(); cause != null && refused == null; cause = cause.getCause()) {
            refused = cause instanceof ProblemException problem ? problem : null;
        }
        if (refused != null) {
            ProblemException e = refused;
            if (e.errors().isEmpty()) {
                problem(row.line(), "(row)", e.detail());
            }
            for (FieldError error : e.errors()) {
                problem(row.line(), row.column().apply(error.field()), error.message());
            }
        } else {
            // the database's words name tables and SQL: they go to the log, the report gets an incident to quote
            String incident = java.util.UUID.randomUUID().toString().substring(0, 8);
            LOG.warn("Import row at line {} refused by the database (incident {})", row.line(), incident, result.failure());
            problem(row.line(), "(row)", "not stored: the database refused this row (incident " + incident
                    + "); the other rows are not affected");
        }
    }

    private void problem(long line, String field, String message) {
        if (problems.size() < MAX_PROBLEMS) {
            problems.add(new RowProblem(line, field, message));
        }
    }
}
