package org.mosaiccrm.reporting.impl.schedules;

import java.time.Instant;
import java.util.Map;

/** A scheduled report as REST and the console show it. */
public record Schedule(String id, String report, Map<String, String> parameters, Frequency frequency, String language,
                       Instant nextRunAt, Instant lastRunAt, String lastFile, Long lastRows, String lastError, String createdBy) {
}
