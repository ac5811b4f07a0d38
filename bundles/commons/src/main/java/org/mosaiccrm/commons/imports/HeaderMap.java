package org.mosaiccrm.commons.imports;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Which header of a CSV file holds which of a module's columns: the first header meaning a column
 * wins, headers meaning nothing (or a column already taken) are ignored and reported.
 *
 * @param <E> the module's columns
 */
public final class HeaderMap<E extends Enum<E>> {

    private final Function<String, E> meaning;
    private final Map<E, String> headers;
    private final List<String> ignored = new ArrayList<>();
    private final java.util.function.Predicate<String> extra;
    private final List<String> extras = new ArrayList<>();

    /** @param meaning the column a header means, or {@code null} */
    public HeaderMap(Class<E> columns, Function<String, E> meaning) {
        this(columns, meaning, name -> false);
    }

    /**
     * @param extra headers the import reads besides its fixed columns (a deployment's custom fields): kept in
     *              {@link #extras()}, not reported as ignored
     */
    public HeaderMap(Class<E> columns, Function<String, E> meaning, java.util.function.Predicate<String> extra) {
        this.meaning = meaning;
        this.headers = new EnumMap<>(columns);
        this.extra = extra;
    }

    void read(List<String> names) {
        for (String name : names) {
            E column = meaning.apply(name);
            if (column == null && extra.test(name)) {
                extras.add(name);
            } else if (column == null || headers.containsKey(column)) {
                ignored.add(name);
            } else {
                headers.put(column, name);
            }
        }
    }

    /** The file's header for the column, or {@code null} when the file lacks it. */
    public String header(E column) {
        return headers.get(column);
    }

    /** The row's cell of the column: trimmed, {@code null} when absent or blank. */
    public String cell(CsvRows.Cells cells, E column) {
        String header = headers.get(column);
        return header == null ? null : cells.get(header);
    }

    public Map<E, String> headers() {
        return headers;
    }

    public List<String> ignored() {
        return ignored;
    }

    /** The headers read as extras, in the file's order. */
    public List<String> extras() {
        return extras;
    }
}
