package org.mosaiccrm.reporting.impl.persistence;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EntityListeners;
import javax.persistence.Id;
import javax.persistence.Table;

import org.mosaiccrm.commons.jpa.ColumnLimits;

/** A scheduled report (REPORTING_SCHEDULE). */
@EntityListeners(ColumnLimits.class)
@Entity(name = "ScheduleEntity")
@Table(name = "REPORTING_SCHEDULE")
public class ScheduleEntity {

    @Id
    @Column(name = "ID", length = 36)
    public String id;

    @Column(name = "REPORT", length = 100, nullable = false)
    public String report;

    /** The parameters as a JSON object of strings. */
    @Column(name = "PARAMETERS", length = 2000, nullable = false)
    public String parameters;

    @Column(name = "FREQUENCY", length = 16, nullable = false)
    public String frequency;

    @Column(name = "LANGUAGE_CODE", length = 8, nullable = false)
    public String language;

    @Column(name = "NEXT_RUN_AT", nullable = false)
    public Instant nextRunAt;

    @Column(name = "LAST_RUN_AT")
    public Instant lastRunAt;

    @Column(name = "LAST_FILE", length = 1000)
    public String lastFile;

    @Column(name = "LAST_ROWS")
    public Long lastRows;

    @Column(name = "LAST_ERROR", length = 1000)
    public String lastError;

    @Column(name = "CREATED_BY", length = 128, nullable = false)
    public String createdBy;

    @Column(name = "CREATED_AT", nullable = false)
    public Instant createdAt;
}
