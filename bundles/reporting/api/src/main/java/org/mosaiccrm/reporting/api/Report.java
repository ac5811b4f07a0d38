package org.mosaiccrm.reporting.api;

import org.osgi.annotation.versioning.ConsumerType;

/** One report: what it is, and how its rows are produced. */
@ConsumerType
public interface Report {

    ReportDefinition definition();

    /**
     * Streams the report's rows, in order, to {@code sink}: one call of {@link ReportSink#row} per row, its
     * values in the order of the definition's columns. The arguments have been checked against the
     * definition's parameters. Runs on the caller's thread; keeps no more than a row (or, for reports that
     * group in memory, the groups) at a time.
     */
    void run(ReportArguments arguments, ReportSink sink);

    /** What produces a report's rows: {@link #run}'s body. */
    @FunctionalInterface
    interface Rows {
        void run(ReportArguments arguments, ReportSink sink);
    }

    /** A report of a definition and the code that produces its rows (no class of its own needed). */
    static Report of(ReportDefinition definition, Rows rows) {
        java.util.Objects.requireNonNull(definition, "definition");
        java.util.Objects.requireNonNull(rows, "rows");
        return new Report() {
            @Override
            public ReportDefinition definition() {
                return definition;
            }

            @Override
            public void run(ReportArguments arguments, ReportSink sink) {
                rows.run(arguments, sink);
            }
        };
    }
}
