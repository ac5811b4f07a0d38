package org.mosaiccrm.reporting.api;

/**
 * How a report is drawn by default: the first column gives the labels (for LINE, time goes left to right),
 * the numeric columns the series. TABLE: no chart.
 */
public enum ChartKind {
    BAR, LINE, PIE, TABLE
}
