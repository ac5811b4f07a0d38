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
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

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
        Outcome store(Line line, boolean dryRun);

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
        List<RowProblem> problems = new ArrayList<>();
        try (BufferedReader lines = new BufferedReader(in, 64 * 1024)) {
            long number = 0;
            for (String text = readLine(lines, number + 1); text != null; text = readLine(lines, number + 1)) {
                number++;
                if (text.isBlank()) {
                    continue;
                }
                rows++;
                try {
                    Line line = parse(text);
                    switch (store.store(line, dryRun)) {
                        case CREATED -> created++;
                        case UPDATED -> updated++;
                        default -> unchanged++;
                    }
                } catch (ProblemException e) {
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
        problems.addAll(store.finish(dryRun));
        return new ImportReport(dryRun, rows, created, updated, unchanged, problems.size(), problems, List.of());
    }

    private static String readLine(BufferedReader lines, long number) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int c = lines.read(); c >= 0; c = lines.read()) {
            if (c == '\n') {
                return line.toString();
            }
            if (line.length() == MAX_LINE) {
                throw new ValidationException("body", "line " + number + " is longer than " + MAX_LINE / (1024 * 1024)
                        + " MiB; is this a file written by a customer export (format transfer)?");
            }
            line.append((char) c);
        }
        return line.isEmpty() ? null : line.toString();
    }

    static Line parse(String text) {
        try {
            Line line = JSON.readValue(text, Line.class);
            if (line == null || line.customer() == null) {
                throw new ValidationException("customer", "is required on every line");
            }
            if (line.customer().id() == null || line.customer().id().isBlank() || line.customer().id().length() > 36) {
                throw new ValidationException("customer.id", "must be the customer's id (at most 36 characters)");
            }
            return line;
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : " at column " + e.getLocation().getColumnNr();
            throw new ValidationException("(line)", "is not a customer of the transfer format" + where + ": "
                    + e.getOriginalMessage().replaceAll("\\(class [^)]*\\)", "").replaceAll("[\\w.]+\\.(\\w+)", "$1"));
        }
    }
}
