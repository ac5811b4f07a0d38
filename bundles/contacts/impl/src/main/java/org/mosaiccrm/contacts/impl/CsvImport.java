package org.mosaiccrm.contacts.impl;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.mosaiccrm.contacts.api.ContactPoint;
import org.mosaiccrm.contacts.api.ContactPointType;
import org.mosaiccrm.contacts.api.CustomerDraft;
import org.mosaiccrm.contacts.api.CustomerKind;
import org.mosaiccrm.contacts.api.ImportOptions;
import org.mosaiccrm.contacts.api.ImportProblem;
import org.mosaiccrm.contacts.api.ImportProgress;
import org.mosaiccrm.contacts.api.ImportReport;

/**
 * Reads customers from CSV, one row at a time (the file never sits in memory), and hands each row
 * to an {@link ImportTally}.
 */
final class CsvImport {

    private CsvImport() {
    }

    static ImportReport run(Reader source, ImportOptions options, ImportProgress progress, ImportTally.BatchWriter writer) {
        BufferedReader reader = new BufferedReader(source, 64 * 1024);
        try {
            reader.mark(1);
            if (reader.read() != '\uFEFF') {
                reader.reset(); // no byte order mark
            }
            reader.mark(64 * 1024);
            String headerLine = reader.readLine();
            reader.reset();
            if (headerLine == null || headerLine.isBlank()) {
                return new ImportReport(options.dryRun(), 0, 0, 0, 0, 1,
                        List.of(new ImportProblem(1, "(header)", "the file is empty: the first line must name the columns")), List.of());
            }
            char delimiter = options.delimiter() != null ? options.delimiter() : detectDelimiter(headerLine);
            CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true)
                    .setIgnoreEmptyLines(true).setTrim(true).build();
            try (CSVParser parser = format.parse(reader)) {
                List<String> headers = parser.getHeaderNames();
                Map<CsvColumns, String> columns = new EnumMap<>(CsvColumns.class);
                List<String> ignored = new ArrayList<>();
                for (String header : headers) {
                    CsvColumns column = CsvColumns.of(header);
                    if (column == null || columns.containsKey(column)) {
                        ignored.add(header);
                    } else {
                        columns.put(column, header);
                    }
                }
                return rows(parser, columns, ignored, options, progress, writer);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the CSV: " + e.getMessage(), e);
        }
    }

    private static ImportReport rows(CSVParser parser, Map<CsvColumns, String> columns, List<String> ignored,
                                     ImportOptions options, ImportProgress progress, ImportTally.BatchWriter writer) {
        ImportTally tally = new ImportTally(options, progress, writer);
        long nextLine = 2; // line 1 is the header
        for (CSVRecord record : parser) {
            long line = nextLine;
            nextLine = parser.getCurrentLineNumber() + 1;
            Row row = row(record, columns);
            tally.row(line, row.draft(), row::column);
        }
        return tally.report(ignored);
    }

    /** A row as a draft, remembering which column each contact point came from, for the report. */
    private record Row(CustomerDraft draft, Map<String, String> sources) {
        String column(String field) {
            return sources.getOrDefault(field, field);
        }
    }

    private static Row row(CSVRecord record, Map<CsvColumns, String> columns) {
        Map<String, String> sources = new LinkedHashMap<>();
        List<ContactPoint> points = new ArrayList<>();
        for (Map.Entry<CsvColumns, String> column : columns.entrySet()) {
            ContactPointType type = column.getKey().contactPointType();
            String value = value(record, column.getValue());
            if (type != null && value != null) {
                sources.put("contactPoints[" + points.size() + "].value", column.getValue());
                points.add(new ContactPoint(type, value, null, points.stream().noneMatch(p -> p.type() == type)));
            }
        }
        String first = value(record, columns.get(CsvColumns.FIRST_NAME));
        String last = value(record, columns.get(CsvColumns.LAST_NAME));
        String company = value(record, columns.get(CsvColumns.COMPANY));
        CustomerKind kind = company != null && first == null && last == null ? CustomerKind.ORGANIZATION : CustomerKind.PERSON;
        for (CsvColumns named : List.of(CsvColumns.FIRST_NAME, CsvColumns.LAST_NAME, CsvColumns.COMPANY, CsvColumns.TIER,
                CsvColumns.OWNER, CsvColumns.LANGUAGE, CsvColumns.EXTERNAL_ID)) {
            if (columns.containsKey(named)) {
                sources.put(fieldOf(named), columns.get(named));
            }
        }
        String tags = value(record, columns.get(CsvColumns.TAGS));
        List<String> tagList = tags == null ? List.of()
                : Arrays.stream(tags.split(":::|;|,")).map(String::trim).filter(t -> !t.isEmpty() && !t.startsWith("*")).toList();
        CustomerDraft draft = new CustomerDraft(kind, first, last, company, null, null,
                value(record, columns.get(CsvColumns.TIER)), value(record, columns.get(CsvColumns.OWNER)), null, null, null,
                value(record, columns.get(CsvColumns.LANGUAGE)), null, tagList, points,
                value(record, columns.get(CsvColumns.EXTERNAL_ID)));
        return new Row(draft, sources);
    }

    private static String fieldOf(CsvColumns column) {
        return switch (column) {
            case FIRST_NAME -> "firstName";
            case LAST_NAME -> "lastName";
            case COMPANY -> "companyName";
            case TIER -> "tier";
            case OWNER -> "owner";
            case LANGUAGE -> "language";
            case EXTERNAL_ID -> "externalId";
            default -> column.name();
        };
    }

    private static String value(CSVRecord record, String header) {
        if (header == null || !record.isMapped(header) || !record.isSet(header)) {
            return null;
        }
        String value = record.get(header);
        return value == null || value.isBlank() ? null : value.trim();
    }

    /** The header line tells: whichever of {@code ;} and {@code ,} it has more of, outside quotes. */
    static char detectDelimiter(String headerLine) {
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
