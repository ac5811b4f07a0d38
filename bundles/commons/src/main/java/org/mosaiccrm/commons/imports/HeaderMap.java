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

    /** @param meaning the column a header means, or {@code null} */
    public HeaderMap(Class<E> columns, Function<String, E> meaning) {
        this.meaning = meaning;
        this.headers = new EnumMap<>(columns);
    }

    void read(List<String> names) {
        for (String name : names) {
            E column = meaning.apply(name);
            if (column == null || headers.containsKey(column)) {
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
}
