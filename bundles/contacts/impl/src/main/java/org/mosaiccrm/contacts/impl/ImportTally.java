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

/** Counts what an import does row by row, whatever the format, and keeps the first problems. */
final class ImportTally {

    static final int MAX_PROBLEMS = 1000;
    static final int PROGRESS_EVERY = 500;

    /** Stores one row in its own transaction. */
    interface RowWriter {
        Outcome write(CustomerDraft draft, boolean dryRun);
    }

    enum Outcome {
        CREATED, UPDATED, UNCHANGED
    }

    private final ImportOptions options;
    private final ImportProgress progress;
    private final RowWriter writer;
    private long rows;
    private long created;
    private long updated;
    private long unchanged;
    private long failed;
    private final List<ImportProblem> problems = new ArrayList<>();

    ImportTally(ImportOptions options, ImportProgress progress, RowWriter writer) {
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
        rows++;
        try {
            switch (writer.write(draft, options.dryRun())) {
                case CREATED -> created++;
                case UPDATED -> updated++;
                case UNCHANGED -> unchanged++;
            }
        } catch (ProblemException e) {
            failed++;
            if (e.errors().isEmpty()) {
                problem(line, "(row)", e.detail());
            }
            for (FieldError error : e.errors()) {
                problem(line, column.apply(error.field()), error.message());
            }
        } catch (RuntimeException e) {
            failed++;
            problem(line, "(row)", "not stored: " + e.getMessage());
        }
        if (rows % PROGRESS_EVERY == 0) {
            progress.rowsDone(rows);
        }
    }

    ImportReport report(List<String> ignoredColumns) {
        progress.rowsDone(rows);
        return new ImportReport(options.dryRun(), rows, created, updated, unchanged, failed, problems, ignoredColumns);
    }

    private void problem(long line, String field, String message) {
        if (problems.size() < MAX_PROBLEMS) {
            problems.add(new ImportProblem(line, field, message));
        }
    }
}
