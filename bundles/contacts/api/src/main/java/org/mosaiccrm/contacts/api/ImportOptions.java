package org.mosaiccrm.contacts.api;

/**
 * How to read a CSV import.
 *
 * @param dryRun    check every row and report, store nothing
 * @param delimiter {@code ;} or {@code ,}; {@code null} to detect it from the header line
 */
public record ImportOptions(boolean dryRun, Character delimiter) {
}
