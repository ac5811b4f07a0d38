package org.mosaiccrm.commons.imports;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.mosaiccrm.kernel.api.problem.ValidationException;

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
        BufferedReader reader = new BufferedReader(new LineLimit(source), 64 * 1024);
        reader.mark(1);
        if (reader.read() != '\uFEFF') {
            reader.reset(); // no byte order mark
        }
        String headerLine = peekHeaderLine(reader);
        if (headerLine == null || headerLine.isBlank()) {
            return false;
        }
        // a column without a name (Excel's trailing ";;;") is ignored like an unknown one
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter != null ? delimiter : detectDelimiter(headerLine))
                .setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(false).setTrim(true)
                .setAllowMissingColumnNames(true).build();
        try (CSVParser parser = parse(format, reader)) {
            List<String> names = parser.getHeaderNames();
            checkHeader(names);
            visitor.header(names);
            long nextLine = 2;
            java.util.Iterator<CSVRecord> records = parser.iterator();
            while (hasNext(records, nextLine)) {
                CSVRecord record = records.next();
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

    /**
     * Reads the whole file without using it: a file that is not CSV is refused (422, with the line and
     * what is wrong) before the first row is stored. Imports run it first on their spooled upload.
     *
     * @return the header's column names and how many rows follow (what an import's progress counts up to)
     * @throws ValidationException naming the line
     */
    public static Checked check(Reader source, Character delimiter) throws IOException {
        List<String> header = new java.util.ArrayList<>();
        long[] rows = { 0 };
        boolean read = read(source, delimiter, new Visitor() {
            @Override
            public void header(List<String> names) {
                header.addAll(names);
            }

            @Override
            public void row(long line, Cells cells) {
                rows[0]++;
            }
        });
        if (!read) {
            throw new ValidationException("body", "has no header line: the first line must name the columns");
        }
        return new Checked(List.copyOf(header), rows[0]);
    }

    /** What {@link #check} found: the column names of the header line and the number of rows. */
    public record Checked(List<String> header, long rows) {
    }

    /** The first line, left unread; refused beyond {@value #MAX_HEADER_CHARS} characters. */
    private static String peekHeaderLine(BufferedReader reader) throws IOException {
        reader.mark(MAX_HEADER_CHARS + 2);
        StringBuilder line = new StringBuilder();
        for (int c = reader.read(); c >= 0 && c != '\n' && c != '\r'; c = reader.read()) {
            if (line.length() == MAX_HEADER_CHARS) {
                throw new ValidationException("body", "line 1: the header line is longer than " + MAX_HEADER_CHARS / 1024
                        + " KiB; is this a CSV file with the column names on its first line?");
            }
            line.append((char) c);
        }
        reader.reset();
        return line.toString();
    }

    static final int MAX_HEADER_CHARS = 64 * 1024;

    /** The longest line a file may have: a quote never closed would otherwise pull the whole file into one value. */
    static final int MAX_LINE_CHARS = 1024 * 1024;

    /** Refuses a line longer than {@value #MAX_LINE_CHARS} characters while it is read, before it fills memory. */
    private static final class LineLimit extends java.io.FilterReader {
        private long line = 1;
        private int length;

        LineLimit(Reader in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int c = super.read();
            if (c >= 0) {
                count((char) c);
            }
            return c;
        }

        @Override
        public int read(char[] buffer, int offset, int count) throws IOException {
            int n = super.read(buffer, offset, count);
            for (int i = 0; i < n; i++) {
                count(buffer[offset + i]);
            }
            return n;
        }

        private void count(char c) {
            if (c == '\n') {
                line++;
                length = 0;
            } else if (++length > MAX_LINE_CHARS) {
                throw new ValidationException("body", "line " + line + ": longer than " + MAX_LINE_CHARS / 1024 / 1024
                        + " MiB (is a quote left open?)");
            }
        }
    }

    private static void checkHeader(List<String> names) {
        if (names.stream().allMatch(name -> name == null || name.isBlank())) {
            throw new ValidationException("body", "line 1: the header names no column");
        }
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (String name : names) {
            if (name != null && !name.isBlank() && !seen.add(name.strip().toLowerCase(java.util.Locale.ROOT))) {
                throw new ValidationException("body", "line 1: the column '" + name.strip() + "' appears twice in the header");
            }
        }
    }

    private static CSVParser parse(CSVFormat format, Reader reader) throws IOException {
        try {
            return format.parse(reader);
        } catch (IOException | RuntimeException e) {
            throw unreadable(e, 1);
        }
    }

    private static boolean hasNext(java.util.Iterator<CSVRecord> records, long line) {
        try {
            return records.hasNext();
        } catch (RuntimeException e) {
            throw unreadable(e, line);
        }
    }

    private static final java.util.regex.Pattern PARSER_LINE = java.util.regex.Pattern.compile("\\((?:start)?line (\\d+)\\)");

    /** commons-csv's complaint, in words, with the line it names (or the one being read). */
    static ValidationException unreadable(Exception e, long line) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof ValidationException said) {
                return said; // our own refusal (a line too long), carried out through the parser
            }
        }
        String message = String.valueOf(e.getMessage());
        java.util.regex.Matcher at = PARSER_LINE.matcher(message);
        long where = at.find() ? Long.parseLong(at.group(1)) : line;
        String what;
        if (message.contains("EOF reached before encapsulated token finished")) {
            what = "a quoted value is opened with \" and never closed";
        } else if (message.contains("invalid char between encapsulated token and delimiter")) {
            what = "a quoted value is followed by other characters before the next delimiter (write \"\" for a quote inside quotes)";
        } else {
            what = "this line is not CSV";
        }
        return new ValidationException("body", "line " + where + ": " + what);
    }

    private static String value(CSVRecord record, String header) {
        if (header == null || !record.isMapped(header) || !record.isSet(header)) {
            return null;
        }
        String value = record.get(header);
        return value == null || value.isBlank() ? null : unguarded(value.trim());
    }

    /**
     * A value for a CSV cell that a spreadsheet will not run: one starting with {@code = + - @}, a tab or a
     * carriage return gets a leading {@code '} (OWASP's advice against CSV injection; Excel shows the text
     * without it). Imports take the apostrophe off again, so an export re-imports unchanged.
     */
    public static String guarded(String value) {
        return value != null && !value.isEmpty() && FORMULA_STARTS.indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }

    private static final String FORMULA_STARTS = "=+-@\t\r";

    static String unguarded(String value) {
        return value.length() > 1 && value.charAt(0) == '\'' && FORMULA_STARTS.indexOf(value.charAt(1)) >= 0
                ? value.substring(1) : value;
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

    /**
     * A header as columns are compared: {@code "E-mail Address"} and {@code emailaddress} are the same
     * column, and so are {@code "Téléphone (bureau)"} and {@code telephonebureau}.
     */
    public static String key(String header) {
        return header == null ? "" : java.text.Normalizer.normalize(header, java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]", "");
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
