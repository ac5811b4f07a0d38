package org.mosaiccrm.sales.api;

import java.time.Instant;

/**
 * Something a user plans to do: a call, a meeting, a visit, an e-mail, a to-do.
 *
 * @param dueAt           when it is planned
 * @param durationMinutes how long (meetings and visits), 0 for a moment
 * @param remindMinutesBefore when to remind the assignee ({@code null}: no reminder)
 * @param customerId      the customer it is about, if any (a done activity goes on their timeline)
 * @param leadId          the lead it is about, if any
 * @param opportunityId   the opportunity it is about, if any
 * @param overdue         planned, and its time has passed
 * @param outcome         what came of it, once done
 */
public record Activity(String id, long version, Kind kind, String subject, String notes, Instant dueAt, int durationMinutes,
                       Integer remindMinutesBefore, String assignee, String customerId, String leadId, String opportunityId,
                       Status status, boolean overdue, String outcome, Instant doneAt, Instant createdAt, String createdBy) {

    public enum Kind {
        CALL, MEETING, VISIT, EMAIL, TODO
    }

    public enum Status {
        PLANNED, DONE, CANCELLED
    }

    /** What a client sends to plan or edit an activity; the assignee is the caller unless named. */
    public record Draft(Kind kind, String subject, String notes, Instant dueAt, Integer durationMinutes,
                        Integer remindMinutesBefore, String assignee, String customerId, String leadId, String opportunityId) {
    }
}
