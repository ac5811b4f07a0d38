package org.mosaiccrm.contacts.impl.exchange;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.LongConsumer;

import org.mosaiccrm.contacts.api.Customer;
import org.mosaiccrm.contacts.api.Interaction;
import org.mosaiccrm.kernel.api.imports.ImportProgress;
import org.mosaiccrm.kernel.api.imports.ImportReport;
import org.mosaiccrm.kernel.api.imports.RowProblem;
import org.mosaiccrm.kernel.api.paging.Page;
import org.mosaiccrm.kernel.api.paging.PageRequest;
import org.mosaiccrm.kernel.api.paging.Pages;
import org.mosaiccrm.kernel.api.problem.ProblemException;
import org.mosaiccrm.kernel.api.problem.ValidationException;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The transfer format: what carries a customer base from one installation to another with nothing lost.
 * JSON Lines ({@value #MEDIA_TYPE}): one customer per line with everything it has — profile, custom
 * fields, contact points, tags, ids, creation — and its interactions. Read back, a customer keeps its id
 * (so leads, portal accounts and audit records elsewhere still point at it), a line for a customer that is
 * there already changes nothing when equal, and interactions are added once.
 */
public final class CustomerTransfer {

    public static final String MEDIA_TYPE = "application/x-ndjson";
    /** A line longer than this is refused while read (a customer with its interactions fits easily). */
    static final int MAX_LINE = 16 * 1024 * 1024;

    static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .setSerializationInclusion(JsonInclude.Include.NON_NULL)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /** What a customer's id may be: this CRM's UUIDs, or another system's plain identifiers. */
    private static final java.util.regex.Pattern ID = java.util.regex.Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,35}");
    /** A control character written as a JSON escape (raw ones are not JSON at all); tab and line breaks are text. */
    private static final java.util.regex.Pattern CONTROL = java.util.regex.Pattern.compile("\\\\u00(0[0-8bBcCeEfF]|1[0-9a-fA-F])");

    /** One line: a customer and its interactions, oldest first. */
    public record Line(Customer customer, List<Interaction> interactions) {
        public Line {
            interactions = interactions == null ? List.of() : List.copyOf(interactions);
        }
    }

    /** What storing one line did. */
    public enum Outcome { CREATED, UPDATED, UNCHANGED }

    /** Stores one line (or, in a dry run, checks it): refuses it with a {@link ProblemException}. */
    public interface LineStore {
        /** @param number the line's number in the file, for what can only be reported later */
        Outcome store(Line line, long number, boolean dryRun);

        /** After the last line: what could only be done then (links between lines), with its problems. */
        List<RowProblem> finish(boolean dryRun);
    }

    private CustomerTransfer() {
    }

    public static long write(Writer out, Function<PageRequest, Page<Customer>> customers,
                             Function<String, List<Interaction>> interactionsOf, LongConsumer progress) throws IOException {
        long[] count = { 0 };
        long written = Pages.forEach(customers, customer -> {
            out.write(JSON.writeValueAsString(new Line(customer, interactionsOf.apply(customer.id()))));
            out.write('\n');
            if (++count[0] % PageRequest.MAX_LIMIT == 0) {
                progress.accept(count[0]);
            }
        });
        out.flush();
        return written;
    }

    /** Reads every line, each stored on its own: a refused line is reported with its number, the others go in. */
    public static ImportReport read(Reader in, boolean dryRun, LineStore store, ImportProgress progress) {
        long rows = 0;
        long created = 0;
        long updated = 0;
        long unchanged = 0;
        long failed = 0;
        List<RowProblem> problems = new ArrayList<>();
        try (BufferedReader lines = new BufferedReader(in, 64 * 1024)) {
            long number = 0;
            for (String text = readLine(lines); text != null; text = readLine(lines)) {
                number++;
                if (text.isBlank()) {
                    continue;
                }
                rows++;
                try {
                    if (text == TOO_LONG) {
                        throw new ValidationException("(line)", "is longer than " + MAX_LINE / (1024 * 1024)
                                + " MiB; it was skipped");
                    }
                    switch (store.store(parse(text), number, dryRun)) {
                        case CREATED -> created++;
                        case UPDATED -> updated++;
                        default -> unchanged++;
                    }
                } catch (ProblemException e) {
                    failed++;
                    String field = e.errors().isEmpty() ? "(line)" : e.errors().get(0).field();
                    String message = e.errors().isEmpty() ? e.detail() : e.errors().get(0).message();
                    problems.add(new RowProblem(number, field, message));
                }
                if (rows % PageRequest.MAX_LIMIT == 0) {
                    progress.rowsDone(rows);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the transfer file: " + e.getMessage(), e);
        }
        progress.rowsDone(rows);
        // what could only be done at the end (links to organizations later in the file) may add warnings, not failures
        problems.addAll(store.finish(dryRun));
        return new ImportReport(dryRun, rows, created, updated, unchanged, failed, problems, List.of());
    }

    /** Stands for a line over {@link #MAX_LINE}: skipped to its end without being kept. */
    private static final String TOO_LONG = new String("(too long)");

    private static String readLine(BufferedReader lines) throws IOException {
        StringBuilder line = new StringBuilder();
        boolean tooLong = false;
        int c;
        for (c = lines.read(); c >= 0 && c != '\n'; c = lines.read()) {
            if (line.length() == MAX_LINE) {
                tooLong = true;
                line.setLength(0);
            }
            if (!tooLong) {
                line.append((char) c);
            }
        }
        if (tooLong) {
            return TOO_LONG;
        }
        return c < 0 && line.isEmpty() ? null : line.toString();
    }

    static Line parse(String text) {
        if (CONTROL.matcher(text).find()) {
            throw new ValidationException("(line)", "holds a control character (\\u0000 to \\u001f other than tab and line breaks)");
        }
        Line line;
        try {
            line = JSON.readValue(text, Line.class);
        } catch (com.fasterxml.jackson.databind.exc.InvalidFormatException e) {
            Class<?> type = e.getTargetType();
            String allowed = type != null && type.isEnum() ? "; allowed: " + java.util.Arrays.stream(type.getEnumConstants())
                    .map(String::valueOf).collect(java.util.stream.Collectors.joining(", ")) : "";
            throw new ValidationException(path(e), "'" + e.getValue() + "' is not valid here" + allowed);
        } catch (com.fasterxml.jackson.databind.exc.MismatchedInputException e) {
            throw new ValidationException(e.getPath().isEmpty() ? "(line)" : path(e), e.getPath().isEmpty()
                    ? "must be a JSON object {\"customer\": {...}, \"interactions\": [...]}" : "has the wrong kind of value");
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : " at column " + e.getLocation().getColumnNr();
            throw new ValidationException("(line)", "is not JSON" + where);
        }
        if (line == null || line.customer() == null) {
            throw new ValidationException("customer", "is required on every line");
        }
        if (line.customer().id() == null || !ID.matcher(line.customer().id()).matches()) {
            throw new ValidationException("customer.id", "is required: letters, digits, '-', '_' or '.', at most 36");
        }
        return line;
    }

    /** The JSON path of a value, e.g. {@code customer.contactPoints[1].type}. */
    private static String path(com.fasterxml.jackson.databind.JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (com.fasterxml.jackson.databind.JsonMappingException.Reference step : e.getPath()) {
            if (step.getFieldName() != null) {
                path.append(path.length() == 0 ? "" : ".").append(step.getFieldName());
            } else {
                path.append('[').append(step.getIndex()).append(']');
            }
        }
        return path.length() == 0 ? "(line)" : path.toString();
    }
}
