package org.mosaiccrm.sales.impl.activities;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.apache.aries.jpa.template.JpaTemplate;
import org.mosaiccrm.commons.jpa.JpaTransactions;
import org.mosaiccrm.sales.api.Activity;
import org.mosaiccrm.sales.api.ActivityService;
import org.mosaiccrm.sales.api.SalesEvents;
import org.mosaiccrm.sales.impl.SalesConfig;
import org.mosaiccrm.sales.impl.SalesModule;
import org.mosaiccrm.sales.impl.persistence.ActivityEntity;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Posts {@link SalesEvents#ACTIVITY_DUE} once for each planned activity whose reminder time has come (the web
 * desktop shows it, notifications may mail it). The reminder is cleared in the same transaction, so a reminder is
 * given once; a failed round is retried at the next look.
 */
@Component(service = ReminderJob.class, immediate = true, configurationPid = SalesConfig.PID)
public class ReminderJob {

    private static final Logger LOG = LoggerFactory.getLogger(ReminderJob.class);
    private static final int BATCH = 500;

    private final JpaTemplate jpa;
    private final EventAdmin events;
    private final Clock clock;
    private final ScheduledExecutorService timer;
    private java.util.concurrent.ScheduledFuture<?> looks;
    private int interval;

    @Activate
    public ReminderJob(@Reference ActivityService activities, // runs while the module does
                       @Reference(target = "(osgi.unit.name=" + SalesModule.NAME + ")") JpaTemplate jpa,
                       @Reference EventAdmin events, SalesConfig config) {
        this(jpa, events, Clock.systemUTC());
        modified(config);
    }

    /** Another interval applies at once; another change of the module's settings leaves the job as it is. */
    @org.osgi.service.component.annotations.Modified
    synchronized void modified(SalesConfig config) {
        if (looks != null && interval == config.reminderCheckSeconds()) {
            return;
        }
        if (looks != null) {
            looks.cancel(false);
        }
        interval = config.reminderCheckSeconds();
        looks = timer.scheduleWithFixedDelay(this::runQuietly, interval, interval, TimeUnit.SECONDS);
    }

    ReminderJob(JpaTemplate jpa, EventAdmin events, Clock clock) {
        this.jpa = jpa;
        this.events = events;
        this.clock = clock;
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "crm-sales-reminders"));
    }

    @Deactivate
    void deactivate() {
        timer.shutdownNow();
    }

    private void runQuietly() {
        try {
            remindDue();
        } catch (RuntimeException e) {
            LOG.warn("Activity reminders will be tried again: {}", e.toString());
        }
    }

    /** Gives every reminder that is due; returns how many. */
    int remindDue() {
        Instant now = Instant.now(clock);
        List<Activity> due = JpaTransactions.required(jpa, em -> {
            List<ActivityEntity> found = em.createQuery("SELECT a FROM ActivityEntity a WHERE a.remindAt <= :now AND a.status = :planned "
                    + "ORDER BY a.remindAt", ActivityEntity.class).setParameter("now", now).setParameter("planned", Activity.Status.PLANNED)
                    .setMaxResults(BATCH).getResultList();
            // cleared without a new version: a rep editing the activity meanwhile is not refused for it
            for (ActivityEntity entity : found) {
                em.createQuery("UPDATE ActivityEntity a SET a.remindAt = NULL WHERE a.id = :id").setParameter("id", entity.id).executeUpdate();
            }
            return found.stream().map(entity -> entity.toRecord(now)).toList();
        });
        for (Activity activity : due) {
            events.postEvent(new Event(SalesEvents.ACTIVITY_DUE, Map.of(SalesEvents.ACTIVITY_ID, activity.id(), SalesEvents.ASSIGNEE,
                    activity.assignee(), SalesEvents.DUE_AT, activity.dueAt().toString())));
        }
        return due.size();
    }
}
