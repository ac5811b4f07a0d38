package org.mosaiccrm.kernel.api.imports;

/**
 * Why a row of an imported file was refused.
 *
 * @param line    where the row starts in the file (1 is the header of a CSV), or the record's position (1 for a file's first vCard)
 * @param field   the file's own name for the column concerned, or {@code (row)}
 * @param message what is wrong, for a person to read
 */
public record RowProblem(long line, String field, String message) {
}
