package org.mosaiccrm.commons.imports;

import java.util.List;

/**
 * What an import did, row by row; good rows are stored even when others fail.
 *
 * @param unchanged existing records the row did not change: re-importing a file creates nothing
 * @param problems  why, for the first {@value ImportTally#MAX_PROBLEMS} rows refused
 * @param ignoredColumns header columns the import does not know
 */
public record ImportCounts(boolean dryRun, long rows, long created, long updated, long unchanged, long failed,
                           List<RowProblem> problems, List<String> ignoredColumns) {

    public ImportCounts {
        problems = List.copyOf(problems);
        ignoredColumns = List.copyOf(ignoredColumns);
    }
}
