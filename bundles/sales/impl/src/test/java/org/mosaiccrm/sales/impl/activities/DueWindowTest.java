package org.mosaiccrm.sales.impl.activities;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import java.time.Instant;
import java.time.ZoneId;

import org.junit.Test;
import org.mosaiccrm.sales.api.ActivityQuery;

public class DueWindowTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    // Thursday 3 December 2026, 23:30 in Paris: still "today" there, already Friday in UTC+2 zones
    private static final Instant NOW = Instant.parse("2026-12-03T22:30:00Z");

    @Test
    public void todayEndsAtMidnightInTheRepsZoneAndKeepsWhatIsOverdue() {
        DueWindow today = DueWindow.of(ActivityQuery.Due.TODAY, NOW, PARIS);
        assertNull("overdue ones stay in my day", today.after());
        assertEquals(Instant.parse("2026-12-03T23:00:00Z"), today.before());
    }

    @Test
    public void theWeekEndsOnSundayNight() {
        assertEquals(Instant.parse("2026-12-06T23:00:00Z"), DueWindow.of(ActivityQuery.Due.WEEK, NOW, PARIS).before());
    }

    @Test
    public void overdueAndUpcomingSplitAtNow() {
        assertEquals(NOW, DueWindow.of(ActivityQuery.Due.OVERDUE, NOW, PARIS).before());
        assertEquals(NOW, DueWindow.of(ActivityQuery.Due.UPCOMING, NOW, PARIS).after());
        assertEquals(new DueWindow(null, null), DueWindow.of(null, NOW, PARIS));
    }
}
