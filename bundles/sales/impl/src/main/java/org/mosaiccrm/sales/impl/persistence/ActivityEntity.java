package org.mosaiccrm.sales.impl.persistence;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EntityListeners;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

import org.mosaiccrm.commons.jpa.ColumnLimits;
import org.mosaiccrm.sales.api.Activity;

/** Table {@code SALES_ACTIVITY}. {@code REMIND_AT} is when the reminder is due, cleared once it was given. */
@EntityListeners(ColumnLimits.class)
@Entity(name = "ActivityEntity")
@Table(name = "SALES_ACTIVITY")
public class ActivityEntity {

    @Id
    @Column(name = "ID", length = 36)
    public String id;

    @Version
    @Column(name = "VERSION", nullable = false)
    public long version;

    @Enumerated(EnumType.STRING)
    @Column(name = "KIND", length = 10, nullable = false)
    public Activity.Kind kind;

    @Column(name = "SUBJECT", length = 200, nullable = false)
    public String subject;

    @Column(name = "NOTES", length = 4000)
    public String notes;

    @Column(name = "DUE_AT", nullable = false)
    public Instant dueAt;

    @Column(name = "DURATION_MINUTES", nullable = false)
    public int durationMinutes;

    @Column(name = "REMIND_MINUTES")
    public Integer remindMinutesBefore;

    @Column(name = "REMIND_AT")
    public Instant remindAt;

    @Column(name = "ASSIGNEE", length = 128, nullable = false)
    public String assignee;

    @Column(name = "CUSTOMER_ID", length = 36)
    public String customerId;

    @Column(name = "LEAD_ID", length = 36)
    public String leadId;

    @Column(name = "OPPORTUNITY_ID", length = 36)
    public String opportunityId;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", length = 10, nullable = false)
    public Activity.Status status;

    @Column(name = "OUTCOME", length = 200)
    public String outcome;

    @Column(name = "DONE_AT")
    public Instant doneAt;

    @Column(name = "CREATED_AT", nullable = false)
    public Instant createdAt;

    @Column(name = "CREATED_BY", length = 128, nullable = false)
    public String createdBy;

    public Activity toRecord(Instant now) {
        boolean overdue = status == Activity.Status.PLANNED && dueAt.isBefore(now);
        return new Activity(id, version, kind, subject, notes, dueAt, durationMinutes, remindMinutesBefore, assignee, customerId,
                leadId, opportunityId, status, overdue, outcome, doneAt, createdAt, createdBy);
    }
}
