package org.mosaiccrm.reporting.api;

import java.util.Objects;

import org.mosaiccrm.kernel.api.ui.Titles;

/**
 * A column of a report.
 *
 * @param name   its key in JSON and its header in CSV ({@code camelCase})
 * @param titles what people read
 * @param type   what its values are
 * @param unit   for MONEY, the name of the column holding the ISO currency code (or the code itself, three
 *               capitals); for DECIMAL and INTEGER a unit people read ({@code "h"}, {@code "days"},
 *               {@code "units"}); else {@code null}
 */
public record ReportColumn(String name, Titles titles, ColumnType type, String unit) {

    public ReportColumn {
        if (name == null || !name.matches("[a-z][A-Za-z0-9]{0,63}")) {
            throw new IllegalArgumentException("a column name is camelCase letters and digits: " + name);
        }
        Objects.requireNonNull(titles, "titles");
        Objects.requireNonNull(type, "type");
        if (type == ColumnType.MONEY && (unit == null || unit.isBlank())) {
            throw new IllegalArgumentException("a MONEY column names its currency column or code: " + name);
        }
    }

    public static ReportColumn of(String name, String english, String french, ColumnType type) {
        return new ReportColumn(name, Titles.of(english, french), type, null);
    }

    public static ReportColumn of(String name, String english, String french, ColumnType type, String unit) {
        return new ReportColumn(name, Titles.of(english, french), type, unit);
    }
}
