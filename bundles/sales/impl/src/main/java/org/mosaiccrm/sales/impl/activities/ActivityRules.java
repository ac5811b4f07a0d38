package org.mosaiccrm.sales.impl.activities;

import java.util.ArrayList;
import java.util.List;

import org.mosaiccrm.kernel.api.problem.FieldError;
import org.mosaiccrm.kernel.api.problem.ValidationException;
import org.mosaiccrm.sales.api.Activity;

/** What an activity must be, checked before anything is written; no OSGi, no database: unit-tested. */
public final class ActivityRules {

    static final int MAX_DURATION_MINUTES = 24 * 60;
    static final int MAX_REMINDER_MINUTES = 28 * 24 * 60;
    static final int OUTCOME_LENGTH = 200;

    private ActivityRules() {
    }

    /**
     * The draft as it will be stored (texts trimmed, duration 0 when not given).
     *
     * @throws ValidationException naming every invalid field
     */
    public static Activity.Draft check(Activity.Draft draft) {
        if (draft == null) {
            throw new ValidationException("body", "is required");
        }
        List<FieldError> errors = new ArrayList<>();
        if (draft.kind() == null) {
            errors.add(new FieldError("kind", "is required: one of " + List.of(Activity.Kind.values())));
        }
        String subject = trim(draft.subject());
        if (subject == null) {
            errors.add(new FieldError("subject", "is required"));
        } else if (subject.codePoints().anyMatch(Character::isISOControl)) {
            errors.add(new FieldError("subject", "must be one line without control characters"));
        }
        FieldError.checkLength(errors, "subject", subject, 200);
        String notes = trim(draft.notes());
        FieldError.checkLength(errors, "notes", notes, 4000);
        if (draft.dueAt() == null) {
            errors.add(new FieldError("dueAt", "is required (an instant such as 2026-12-04T09:30:00Z)"));
        } else if (draft.dueAt().isBefore(java.time.Instant.parse("2000-01-01T00:00:00Z"))) {
            errors.add(new FieldError("dueAt", "must be after the year 2000"));
        }
        FieldError.checkInstant(errors, "dueAt", draft.dueAt());
        int duration = draft.durationMinutes() == null ? 0 : draft.durationMinutes();
        if (duration < 0 || duration > MAX_DURATION_MINUTES) {
            errors.add(new FieldError("durationMinutes", "must be from 0 to " + MAX_DURATION_MINUTES));
        }
        Integer remind = draft.remindMinutesBefore();
        if (remind != null && (remind < 0 || remind > MAX_REMINDER_MINUTES)) {
            errors.add(new FieldError("remindMinutesBefore", "must be from 0 to " + MAX_REMINDER_MINUTES + " (four weeks)"));
        }
        for (String[] id : new String[][] { { "customerId", draft.customerId() }, { "leadId", draft.leadId() },
                { "opportunityId", draft.opportunityId() } }) {
            FieldError.checkLength(errors, id[0], trim(id[1]), 36);
        }
        FieldError.checkLength(errors, "assignee", trim(draft.assignee()), 128);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return new Activity.Draft(draft.kind(), subject, notes, draft.dueAt(), duration, remind, trim(draft.assignee()),
                trim(draft.customerId()), trim(draft.leadId()), trim(draft.opportunityId()));
    }

    /** An outcome: optional, at most 200 characters (it goes on the customer's timeline, whose outcome holds 200). */
    public static String outcome(String outcome) {
        String trimmed = trim(outcome);
        List<FieldError> errors = new ArrayList<>();
        FieldError.checkLength(errors, "outcome", trimmed, OUTCOME_LENGTH);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return trimmed;
    }

    static String trim(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
