package org.mosaiccrm.kernel.api.imports;

import java.util.List;

/**
 * What an import did, row by row. Good rows are stored even when others fail.
 *
 * @param dryRun         nothing was stored
 * @param rows           data rows read
 * @param created        new records
 * @param updated        existing records (same key, e.g. external id or e-mail) that changed
 * @param unchanged      existing records the row did not change: re-importing a file creates nothing
 * @param failed         rows refused
 * @param problems       why, for the first rows refused
 * @param ignoredColumns header columns the import does not know
 * @param encoding       how the file's bytes were read, e.g. {@code UTF-8} or {@code windows-1252}; absent
 *                       when the import was given characters, not bytes
 */
public record ImportReport(boolean dryRun, long rows, long created, long updated, long unchanged, long failed,
                           List<RowProblem> problems, List<String> ignoredColumns, String encoding) {

    public ImportReport {
        problems = List.copyOf(problems);
        ignoredColumns = List.copyOf(ignoredColumns);
    }

    /** A report without an encoding (the import read characters). */
    public ImportReport(boolean dryRun, long rows, long created, long updated, long unchanged, long failed,
                        List<RowProblem> problems, List<String> ignoredColumns) {
        this(dryRun, rows, created, updated, unchanged, failed, problems, ignoredColumns, null);
    }

    /** The same report, saying how the file's bytes were read. */
    public ImportReport withEncoding(String encoding) {
        return new ImportReport(dryRun, rows, created, updated, unchanged, failed, problems, ignoredColumns, encoding);
    }
}
