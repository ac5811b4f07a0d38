package org.mosaiccrm.commons.imports;

import org.mosaiccrm.kernel.api.imports.ImportReport;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Function;

import org.mosaiccrm.kernel.api.problem.FieldError;
import org.mosaiccrm.kernel.api.problem.ValidationException;

/** A CSV import from end to end: read, map each row, hand it to the tally, report. */
public final class CsvImports {

    /**
     * A row as a module's record, and the file's name for each of its fields (for the report).
     *
     * @param column a record field's name, as validation errors give it, to the file's header
     */
    public record Mapped<T>(T row, Function<String, String> column) {
    }

    /**
     * Maps a row; may throw a {@link ValidationException} naming the file's header of a cell it cannot
     * read (the row is reported and skipped).
     */
    @FunctionalInterface
    public interface RowMapper<E extends Enum<E>, T> {
        Mapped<T> map(CsvRows.Cells cells, HeaderMap<E> headers);
    }

    private CsvImports() {
    }

    /** @param delimiter {@code ;} or {@code ,}; {@code null} to detect it */
    public static <E extends Enum<E>, T> ImportReport run(Reader source, Character delimiter, HeaderMap<E> headers,
                                                            RowMapper<E, T> mapper, ImportTally<T> tally) {
        try {
            boolean read = CsvRows.read(source, delimiter, new CsvRows.Visitor() {
                @Override
                public void header(List<String> names) {
                    headers.read(names);
                }

                @Override
                public void row(long line, CsvRows.Cells cells) {
                    try {
                        Mapped<T> mapped = mapper.map(cells, headers);
                        tally.row(line, mapped.row(), mapped.column());
                    } catch (ValidationException e) {
                        FieldError first = e.errors().isEmpty() ? new FieldError("(row)", e.detail()) : e.errors().get(0);
                        tally.refused(line, first.field(), first.message());
                    }
                }
            });
            if (!read) {
                tally.refused(1, "(header)", "the file is empty: the first line must name the columns");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the CSV: " + e.getMessage(), e);
        }
        return tally.finish(headers.ignored());
    }
}
