package org.mosaiccrm.contacts.api;

/**
 * A row the import could not take.
 *
 * @param line    the row's first line in the file (the header is line 1)
 * @param field   the column concerned, as named in the file's header
 * @param message what is wrong
 */
public record ImportProblem(long line, String field, String message) {
}
