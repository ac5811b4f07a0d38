package org.mosaiccrm.reporting.api;

/** What a column's values are; {@link ReportSink} says which Java type carries each. */
public enum ColumnType {
    TEXT, INTEGER, DECIMAL, MONEY, PERCENT, DATE, MONTH;

    /** Whether a chart can draw it as a series. */
    public boolean numeric() {
        return this == INTEGER || this == DECIMAL || this == MONEY || this == PERCENT;
    }
}
