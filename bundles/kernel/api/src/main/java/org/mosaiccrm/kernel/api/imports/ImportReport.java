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
 */
public record ImportReport(boolean dryRun, long rows, long created, long updated, long unchanged, long failed,
                           List<RowProblem> problems, List<String> ignoredColumns) {

    public ImportReport {
        problems = List.copyOf(problems);
        ignoredColumns = List.copyOf(ignoredColumns);
    }
}
