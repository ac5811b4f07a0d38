package org.mosaiccrm.commons.imports;

/**
 * Why a row of an imported file was refused.
 *
 * @param line  where the row starts in the file (1 is the header of a CSV), or the record's position
 * @param field the file's own name for the column concerned, or {@code (row)}
 */
public record RowProblem(long line, String field, String message) {
}
