package org.mosaiccrm.sales.impl.calendar;

import java.io.IOException;
import java.io.Writer;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ComponentList;
import net.fortuna.ical4j.model.DateTime;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Action;
import net.fortuna.ical4j.model.property.CalScale;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Version;

import org.mosaiccrm.sales.api.Activity;

/**
 * Activities as an iCalendar feed (RFC 5545, written by ical4j): one event per activity, at its time in UTC so that
 * each calendar shows it in its own zone, with an alarm for its reminder. The UID is stable, so a calendar that
 * subscribes to the feed updates an event instead of adding it twice; SEQUENCE is the activity's version.
 */
public final class ActivityCalendar {

    public static final String MEDIA_TYPE = "text/calendar";

    private ActivityCalendar() {
    }

    public static void write(List<Activity> activities, Writer out) throws IOException {
        Calendar calendar = new Calendar();
        calendar.getProperties().add(new ProdId("-//Mosaic CRM//Sales activities//FR"));
        calendar.getProperties().add(Version.VERSION_2_0);
        calendar.getProperties().add(CalScale.GREGORIAN);
        for (Activity activity : activities) {
            calendar.getComponents().add(event(activity));
        }
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (net.fortuna.ical4j.validate.ValidationException e) {
            throw new IllegalStateException("the calendar could not be written: " + e.getMessage(), e);
        }
    }

    private static VEvent event(Activity activity) {
        VEvent event = new VEvent(utc(activity.dueAt()), Duration.ofMinutes(activity.durationMinutes()), activity.subject());
        event.getProperties().add(new Uid(activity.id() + "@sales.mosaiccrm"));
        event.getProperties().add(new Sequence((int) Math.min(Integer.MAX_VALUE, activity.version())));
        event.getProperties().add(new Categories(activity.kind().name()));
        event.getProperties().add(activity.status() == Activity.Status.CANCELLED ? Status.VEVENT_CANCELLED : Status.VEVENT_CONFIRMED);
        if (activity.notes() != null) {
            event.getProperties().add(new Description(activity.notes()));
        }
        ComponentList<VAlarm> alarms = new ComponentList<>();
        if (activity.remindMinutesBefore() != null && activity.status() == Activity.Status.PLANNED) {
            VAlarm alarm = new VAlarm(Duration.ofMinutes(-activity.remindMinutesBefore()));
            alarm.getProperties().add(Action.DISPLAY);
            alarm.getProperties().add(new Description(activity.subject()));
            alarms.add(alarm);
        }
        // the event's alarms are given at construction (getAlarms() is a filtered copy in ical4j 3.2)
        return new VEvent(event.getProperties(), alarms);
    }

    private static DateTime utc(Instant instant) {
        DateTime time = new DateTime(instant.toEpochMilli());
        time.setUtc(true);
        return time;
    }
}
