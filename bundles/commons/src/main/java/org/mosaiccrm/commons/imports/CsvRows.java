package org.mosaiccrm.commons.imports;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a CSV file as people export it, one row at a time (the file never sits in memory): UTF-8
 * with or without a byte order mark, {@code ;} or {@code ,} detected from the header line, quoted
 * and multi-line fields, blank lines skipped. Each row comes with the line it starts on.
 */
public final class CsvRows {

    /** Told the header, then each row. */
    public interface Visitor {
        void header(List<String> names);

        /**
         * @param line  the line the row starts on (the header is line 1)
         * @param cells the row's cells by header name
         */
        void row(long line, Cells cells);
    }

    /** A row's cells: trimmed, {@code null} when absent or blank. */
    @FunctionalInterface
    public interface Cells {
        String get(String header);
    }

    private CsvRows() {
    }

    /**
     * @param delimiter {@code ;} or {@code ,}; {@code null} to detect it
     * @return false when the file is empty (no header line)
     */
    public static boolean read(Reader source, Character delimiter, Visitor visitor) throws IOException {
        BufferedReader reader = new BufferedReader(source, 64 * 1024);
        reader.mark(1);
        if (reader.read() != '\uFEFF') {
            reader.reset(); // no byte order mark
        }
        reader.mark(64 * 1024);
        String headerLine = reader.readLine();
        reader.reset();
        if (headerLine == null || headerLine.isBlank()) {
            return false;
        }
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter != null ? delimiter : detectDelimiter(headerLine))
                .setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(false).setTrim(true).build();
        try (CSVParser parser = format.parse(reader)) {
            visitor.header(parser.getHeaderNames());
            long nextLine = 2;
            for (CSVRecord record : parser) {
                long line = nextLine;
                nextLine = parser.getCurrentLineNumber() + 1;
                // blank lines come as records (ignoring them in the parser would shift the line numbers)
                if (record.stream().anyMatch(cell -> cell != null && !cell.isBlank())) {
                    visitor.row(line, header -> value(record, header));
                }
            }
        }
        return true;
    }

    private static String value(CSVRecord record, String header) {
        if (header == null || !record.isMapped(header) || !record.isSet(header)) {
            return null;
        }
        String value = record.get(header);
        return value == null || value.isBlank() ? null : value.trim();
    }

    /**
     * The {@code delimiter} request parameter of an import: {@code ;}, {@code ,}, or absent (detected).
     *
     * @throws org.mosaiccrm.kernel.api.problem.ValidationException (400) for anything else
     */
    public static Character delimiter(String parameter) {
        if (parameter == null) {
            return null;
        }
        if (!parameter.equals(";") && !parameter.equals(",")) {
            throw org.mosaiccrm.kernel.api.problem.ValidationException.badParameters(java.util.List.of(
                    new org.mosaiccrm.kernel.api.problem.FieldError("delimiter", "must be ; or ,")));
        }
        return parameter.charAt(0);
    }

    /** A header as columns are compared: {@code "E-mail Address"} and {@code emailaddress} are the same column. */
    public static String key(String header) {
        return header == null ? "" : header.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }

    /** The header line tells: whichever of {@code ;} and {@code ,} it has more of, outside quotes. */
    public static char detectDelimiter(String headerLine) {
        int semicolons = 0;
        int commas = 0;
        boolean quoted = false;
        for (char c : headerLine.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == ';') {
                semicolons++;
            } else if (!quoted && c == ',') {
                commas++;
            }
        }
        return semicolons > commas ? ';' : ',';
    }
}
