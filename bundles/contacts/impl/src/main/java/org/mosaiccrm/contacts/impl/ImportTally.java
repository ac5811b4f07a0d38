package org.mosaiccrm.contacts.impl;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.mosaiccrm.contacts.api.CustomerDraft;
import org.mosaiccrm.contacts.api.ImportOptions;
import org.mosaiccrm.contacts.api.ImportProblem;
import org.mosaiccrm.contacts.api.ImportProgress;
import org.mosaiccrm.contacts.api.ImportReport;
import org.mosaiccrm.kernel.api.problem.FieldError;
import org.mosaiccrm.kernel.api.problem.ProblemException;

/**
 * Counts what an import does row by row, whatever the format, and keeps the first problems. Rows
 * are handed to the writer in batches (one transaction each, the writer's business).
 */
final class ImportTally {

    static final int MAX_PROBLEMS = 1000;

    /** Stores a batch of rows; answers one result per row, in order. */
    interface BatchWriter {
        List<RowResult> write(List<CustomerDraft> rows, boolean dryRun);

        int batchSize();
    }

    enum Outcome {
        CREATED, UPDATED, UNCHANGED
    }

    /** What became of one row: an outcome, or the reason it was refused. */
    record RowResult(Outcome outcome, RuntimeException failure) {
        static RowResult of(Outcome outcome) {
            return new RowResult(outcome, null);
        }

        static RowResult failed(RuntimeException failure) {
            return new RowResult(null, failure);
        }
    }

    private record Pending(long line, CustomerDraft draft, Function<String, String> column) {
    }

    private final ImportOptions options;
    private final ImportProgress progress;
    private final BatchWriter writer;
    private final List<Pending> pending = new ArrayList<>();
    private long rows;
    private long created;
    private long updated;
    private long unchanged;
    private long failed;
    private final List<ImportProblem> problems = new ArrayList<>();

    ImportTally(ImportOptions options, ImportProgress progress, BatchWriter writer) {
        this.options = options;
        this.progress = progress;
        this.writer = writer;
    }

    /**
     * Writes one row.
     *
     * @param line   where the row is in the file, for the report
     * @param column the file's name for a draft field, for the report
     */
    void row(long line, CustomerDraft draft, Function<String, String> column) {
        pending.add(new Pending(line, draft, column));
        if (pending.size() >= writer.batchSize()) {
            flush();
        }
    }

    private void flush() {
        if (pending.isEmpty()) {
            return;
        }
        List<RowResult> results = writer.write(pending.stream().map(Pending::draft).toList(), options.dryRun());
        for (int i = 0; i < pending.size(); i++) {
            count(pending.get(i), results.get(i));
        }
        rows += pending.size();
        pending.clear();
        progress.rowsDone(rows);
    }

    private void count(Pending row, RowResult result) {
        if (result.failure() == null) {
            switch (result.outcome()) {
                case CREATED -> created++;
                case UPDATED -> updated++;
                case UNCHANGED -> unchanged++;
            }
            return;
        }
        failed++;
        if (result.failure() instanceof ProblemException e) {
            if (e.errors().isEmpty()) {
                problem(row.line(), "(row)", e.detail());
            }
            for (FieldError error : e.errors()) {
                problem(row.line(), row.column().apply(error.field()), error.message());
            }
        } else {
            problem(row.line(), "(row)", "not stored: " + result.failure().getMessage());
        }
    }

    ImportReport report(List<String> ignoredColumns) {
        flush();
        return new ImportReport(options.dryRun(), rows, created, updated, unchanged, failed, problems, ignoredColumns);
    }

    private void problem(long line, String field, String message) {
        if (problems.size() < MAX_PROBLEMS) {
            problems.add(new ImportProblem(line, field, message));
        }
    }
}
