package org.mosaiccrm.reporting.impl.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.mosaiccrm.commons.imports.CsvRows;
import org.mosaiccrm.reporting.api.ReportColumn;
import org.mosaiccrm.reporting.api.ReportDefinition;
import org.mosaiccrm.reporting.api.ReportSink;

/**
 * A report as CSV (RFC 4180, UTF-8, a header of the columns' titles in the reader's language), written row by
 * row as the report produces them: a million rows pass in the memory of one.
 */
public final class CsvReportWriter implements ReportSink {

    private final Writer out;
    private final ReportDefinition definition;
    private final String language;
    private CSVPrinter csv;
    private long rows;

    /** Writes nothing before the first row or {@link #close}: a report that fails first leaves the response to its error. */
    public CsvReportWriter(Writer out, ReportDefinition definition, String language) {
        this.out = out;
        this.definition = definition;
        this.language = language;
    }

    private void start() {
        if (csv != null) {
            return;
        }
        try {
            csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder()
                    .setHeader(definition.columns().stream().map((ReportColumn column) -> column.titles().in(language))
                            .toArray(String[]::new)).build());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void row(Object... values) {
        RowValues.check(definition.name(), definition.columns(), values);
        start();
        try {
            for (Object value : values) {
                // a text a spreadsheet would run (=HYPERLINK(...) as a campaign name) is written as text; numbers never are texts
                csv.print(value instanceof String text ? CsvRows.guarded(text) : RowValues.text(value));
            }
            csv.println();
            rows++;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public long rows() {
        return rows;
    }

    /** Ends the file (its header alone when there was no row): call only when the report ran to its end. */
    public void close() {
        start();
        try {
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
