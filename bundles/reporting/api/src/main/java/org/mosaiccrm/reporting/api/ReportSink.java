package org.mosaiccrm.reporting.api;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Where a report's rows go (a JSON or CSV response, a file, a model's training). Values by column type:
 * TEXT a {@code String}; INTEGER a {@code Long} or {@code Integer}; DECIMAL, MONEY and PERCENT a
 * {@code BigDecimal} (a percentage as 12.5 for 12.5 %); DATE a {@code LocalDate}; MONTH a
 * {@code YearMonth}; any of them {@code null} when unknown.
 */
@ProviderType
public interface ReportSink {

    /** One row; the number of values is the number of columns. */
    void row(Object... values);

    /** Whether the consumer still wants rows (a client that went away, a preview that has enough). */
    default boolean wantsMore() {
        return true;
    }
}
