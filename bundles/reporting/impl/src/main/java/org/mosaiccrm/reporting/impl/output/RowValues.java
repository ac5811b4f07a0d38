package org.mosaiccrm.reporting.impl.output;

import java.math.BigDecimal;

import org.mosaiccrm.reporting.api.ColumnType;
import org.mosaiccrm.reporting.api.ReportColumn;

/** How JSON and CSV both write a value, so that the two always agree. */
final class RowValues {

    private RowValues() {
    }

    /** The value as text: numbers plainly (no exponent), dates and months ISO; {@code null} stays null. */
    static String text(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        return value.toString();
    }

    /** Refuses a row whose values do not fit the report's columns: a provider's mistake, named. */
    static void check(String report, java.util.List<ReportColumn> columns, Object[] values) {
        if (values.length != columns.size()) {
            throw new IllegalStateException("Report " + report + " gave a row of " + values.length + " values for "
                    + columns.size() + " columns");
        }
        for (int i = 0; i < values.length; i++) {
            Object value = values[i];
            ColumnType type = columns.get(i).type();
            boolean fits = value == null || switch (type) {
                case TEXT -> value instanceof String;
                case INTEGER -> value instanceof Long || value instanceof Integer;
                case DECIMAL, MONEY, PERCENT -> value instanceof BigDecimal;
                case DATE -> value instanceof java.time.LocalDate;
                case MONTH -> value instanceof java.time.YearMonth;
            };
            if (!fits) {
                throw new IllegalStateException("Report " + report + " gave a " + value.getClass().getSimpleName()
                        + " for its " + type + " column " + columns.get(i).name());
            }
        }
    }
}
