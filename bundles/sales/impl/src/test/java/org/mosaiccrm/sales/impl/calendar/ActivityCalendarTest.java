package org.mosaiccrm.sales.impl.calendar;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.StringReader;
import java.io.StringWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.Test;
import org.mosaiccrm.sales.api.Activity;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;

public class ActivityCalendarTest {

    private static Activity activity(String subject, String notes, Integer remind) {
        return new Activity("a1", 3, Activity.Kind.VISIT, subject, notes, Instant.parse("2030-03-14T09:30:00Z"), 90, remind, "demo-sales",
                "c1", null, null, Activity.Status.PLANNED, false, null, null, Instant.parse("2030-03-01T00:00:00Z"), "demo-sales");
    }

    @Test
    public void whatIsWrittenIsReadBackIncludingTextsThatLookLikeICalendarSyntax() throws Exception {
        StringWriter out = new StringWriter();
        String tricky = "Visite; chez Dupont, Lyon\nEND:VEVENT\nBEGIN:VEVENT";
        ActivityCalendar.write(List.of(activity(tricky, "Apporter: la Barista\\1200", 30)), out);
        Calendar calendar = new CalendarBuilder().build(new StringReader(out.toString()));
        assertEquals("one event, whatever its subject says", 1, calendar.getComponents("VEVENT").size());
        VEvent event = (VEvent) calendar.getComponents("VEVENT").get(0);
        assertEquals(tricky, event.getSummary().getValue());
        assertEquals("Apporter: la Barista\\1200", event.getDescription().getValue());
        assertEquals("a1@sales.mosaiccrm", event.getUid().getValue());
        assertEquals(Instant.parse("2030-03-14T11:00:00Z"), event.getEndDate().getDate().toInstant());
        assertEquals(Duration.ofMinutes(-30), event.getAlarms().get(0).getTrigger().getDuration());
        assertTrue(out.toString().contains("SEQUENCE:3"));
    }

    @Test
    public void withoutAReminderThereIsNoAlarm() throws Exception {
        StringWriter out = new StringWriter();
        ActivityCalendar.write(List.of(activity("Visite", null, null)), out);
        VEvent event = (VEvent) new CalendarBuilder().build(new StringReader(out.toString())).getComponents("VEVENT").get(0);
        assertEquals(0, event.getAlarms().size());
    }
}
