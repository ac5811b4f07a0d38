package org.mosaiccrm.reporting.api;

/**
 * What a report parameter takes: DATE {@code 2026-03-31}; MONTH {@code 2026-03}; INTEGER a whole number;
 * TEXT one line of at most 200 characters; CHOICE one of the parameter's choices.
 */
public enum ParameterType {
    DATE, MONTH, INTEGER, TEXT, CHOICE
}
