package org.mosaiccrm.sales.impl.activities;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;

import java.time.Instant;
import java.util.List;

import org.junit.Test;
import org.mosaiccrm.contacts.api.Channel;
import org.mosaiccrm.kernel.api.problem.FieldError;
import org.mosaiccrm.kernel.api.problem.ValidationException;
import org.mosaiccrm.sales.api.Activity;

public class ActivityRulesTest {

    @Test
    public void aPlannedCallKeepsItsTextsTrimmedAndLastsAMoment() {
        Activity.Draft checked = ActivityRules.check(new Activity.Draft(Activity.Kind.CALL, " Rappeler Amélie ", null,
                Instant.parse("2026-12-04T14:00:00Z"), null, 10, null, " c1 ", null, null));
        assertEquals("Rappeler Amélie", checked.subject());
        assertEquals(0, (int) checked.durationMinutes());
        assertEquals("c1", checked.customerId());
    }

    @Test
    public void everyInvalidFieldIsNamedAtOnce() {
        ValidationException refused = assertThrows(ValidationException.class, () -> ActivityRules.check(new Activity.Draft(null, "a\u0007",
                "x".repeat(4001), null, 1441, -1, null, "c".repeat(37), null, null)));
        assertEquals(List.of("kind", "subject", "notes", "dueAt", "durationMinutes", "remindMinutesBefore", "customerId"),
                refused.errors().stream().map(FieldError::field).toList());
    }

    @Test
    public void callsMeetingsVisitsAndMailsGoOnTheTimelineNotToDos() {
        assertEquals(Channel.PHONE, ActivityServiceImpl.channel(Activity.Kind.CALL));
        assertEquals(Channel.VISIT, ActivityServiceImpl.channel(Activity.Kind.MEETING));
        assertEquals(Channel.EMAIL, ActivityServiceImpl.channel(Activity.Kind.EMAIL));
        assertNull(ActivityServiceImpl.channel(Activity.Kind.TODO));
    }
}
