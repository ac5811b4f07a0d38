package org.mosaiccrm.commons.shell;

import java.io.PrintStream;

import org.mosaiccrm.kernel.api.imports.ImportReport;
import org.mosaiccrm.kernel.api.imports.RowProblem;

/** An import's report as every import command prints it: the counts, the ignored columns, the first refused rows. */
public final class ConsoleImportReport {

    /** Refused rows printed; the rest are counted. */
    public static final int SHOWN = 20;

    private ConsoleImportReport() {
    }

    /** Prints the report; whether more refused rows exist than were printed. */
    public static boolean print(ImportReport result, PrintStream out) {
        out.println((result.dryRun() ? "Dry run, nothing stored. " : "") + result.rows() + " rows: " + result.created()
                + " created, " + result.updated() + " updated, " + result.unchanged() + " unchanged, " + result.failed() + " refused.");
        if (!result.ignoredColumns().isEmpty()) {
            out.println("Ignored columns: " + String.join(", ", result.ignoredColumns()));
        }
        for (RowProblem problem : result.problems().subList(0, Math.min(SHOWN, result.problems().size()))) {
            out.println("  line " + problem.line() + ", " + problem.field() + ": " + problem.message());
        }
        return result.problems().size() > SHOWN;
    }
}
