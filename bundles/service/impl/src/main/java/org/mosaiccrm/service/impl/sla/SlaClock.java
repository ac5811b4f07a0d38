package org.mosaiccrm.service.impl.sla;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.mosaiccrm.service.api.SlaPolicy;
import org.mosaiccrm.service.api.SlaState;
import org.mosaiccrm.service.api.SlaTarget;
import org.mosaiccrm.service.impl.persistence.SlaTimes;

/**
 * Moves a ticket's SLA clock. The first response and each next response are counted from the moment the
 * customer wrote; the resolution clock counts business time while the ticket is open and stands still while
 * the ticket waits on the customer: on resuming, its due time is recomputed from the business time left.
 * Warnings fall due when 75 % of a target is used.
 */
public final class SlaClock {

    public static final String WARNED = "W:";
    public static final String BREACHED = "B:";

    private final BusinessCalendar calendar;
    private final SlaPolicy.Targets targets;

    public SlaClock(BusinessCalendar calendar, SlaPolicy.Targets targets) {
        this.calendar = calendar;
        this.targets = targets;
    }

    /** What a scan found due: a warning or a breach of one target. */
    public record Fired(SlaTarget target, boolean breach, Instant due) {
    }

    public BusinessCalendar calendar() {
        return calendar;
    }

    /** A new ticket: first response and resolution clocks start. */
    public void start(SlaTimes times, String policy, Instant now) {
        times.policy = policy;
        times.firstResponseDue = calendar.plus(now, targets.firstResponse());
        times.firstResponseWarn = calendar.plus(now, threeQuarters(targets.firstResponse()));
        times.usedSeconds = 0;
        times.runningSince = now;
        times.resolutionDue = calendar.plus(now, targets.resolution());
        times.resolutionWarn = calendar.plus(now, threeQuarters(targets.resolution()));
        times.fired = "";
        schedule(times);
    }

    /** An agent's public answer: the first response is measured, a pending next response is met. */
    public void answered(SlaTimes times, Instant createdAt, Instant now) {
        if (times.firstRespondedAt == null) {
            times.firstRespondedAt = now;
            times.firstResponseBusinessSeconds = calendar.between(createdAt, now).toSeconds();
            times.firstResponseDue = null;
            times.firstResponseWarn = null;
        }
        times.nextResponseDue = null;
        times.nextResponseWarn = null;
        schedule(times);
    }

    /** The customer wrote again: an answer is due within the next-response target (after the first one). */
    public void customerWrote(SlaTimes times, Instant now) {
        if (times.firstRespondedAt == null) {
            return; // the first response is still due
        }
        times.nextResponseDue = calendar.plus(now, targets.nextResponse());
        times.nextResponseWarn = calendar.plus(now, threeQuarters(targets.nextResponse()));
        times.fired = without(times.fired, SlaTarget.NEXT_RESPONSE);
        schedule(times);
    }

    /** Waiting on the customer: the resolution clock keeps what it counted and stands still. */
    public void pause(SlaTimes times, Instant now) {
        if (times.runningSince == null) {
            return;
        }
        times.usedSeconds += calendar.between(times.runningSince, now).toSeconds();
        times.runningSince = null;
        times.pausedSince = now;
        times.resolutionDue = null;
        times.resolutionWarn = null;
        schedule(times);
    }

    /** Back from waiting (or reopened): the resolution due time is what is left of the target from now. */
    public void resume(SlaTimes times, Instant now) {
        if (times.runningSince != null) {
            return;
        }
        times.pausedSince = null;
        times.runningSince = now;
        Duration used = Duration.ofSeconds(times.usedSeconds);
        times.resolutionDue = calendar.plus(now, positive(targets.resolution().minus(used)));
        boolean warned = has(times.fired, WARNED, SlaTarget.RESOLUTION) || has(times.fired, BREACHED, SlaTarget.RESOLUTION);
        times.resolutionWarn = warned ? null : calendar.plus(now, positive(threeQuarters(targets.resolution()).minus(used)));
        schedule(times);
    }

    /** Resolved: the resolution's business time is final; nothing more falls due. */
    public void stop(SlaTimes times, Instant now) {
        if (times.runningSince != null) {
            times.usedSeconds += calendar.between(times.runningSince, now).toSeconds();
        }
        times.resolutionBusinessSeconds = times.usedSeconds;
        times.runningSince = null;
        times.pausedSince = null;
        times.firstResponseDue = null;
        times.firstResponseWarn = null;
        times.nextResponseDue = null;
        times.nextResponseWarn = null;
        times.resolutionDue = null;
        times.resolutionWarn = null;
        times.nextCheckAt = null;
    }

    /** Marks and returns the warnings and breaches that fell due by {@code now}. */
    public static List<Fired> fire(SlaTimes times, Instant now) {
        List<Fired> fired = new ArrayList<>();
        check(times, now, SlaTarget.FIRST_RESPONSE, times.firstResponseWarn, times.firstResponseDue, fired);
        check(times, now, SlaTarget.NEXT_RESPONSE, times.nextResponseWarn, times.nextResponseDue, fired);
        check(times, now, SlaTarget.RESOLUTION, times.resolutionWarn, times.resolutionDue, fired);
        for (Fired each : fired) {
            times.fired = times.fired + (each.breach() ? BREACHED : WARNED) + each.target() + ",";
            if (each.breach() && times.breached == null) {
                times.breached = each.target().name();
            }
        }
        schedule(times);
        return fired;
    }

    private static void check(SlaTimes times, Instant now, SlaTarget target, Instant warn, Instant due, List<Fired> fired) {
        if (due != null && !due.isAfter(now) && !has(times.fired, BREACHED, target)) {
            fired.add(new Fired(target, true, due));
        } else if (warn != null && !warn.isAfter(now) && !has(times.fired, WARNED, target) && !has(times.fired, BREACHED, target)) {
            fired.add(new Fired(target, false, due));
        }
    }

    /** Where the ticket stands now (a due time passed counts even before the scan has seen it). */
    public static SlaState state(SlaTimes times, Instant now, boolean done) {
        if (done) {
            return SlaState.DONE;
        }
        boolean breached = times.breached != null || Stream.of(times.firstResponseDue, times.nextResponseDue, times.resolutionDue)
                .anyMatch(due -> due != null && !due.isAfter(now));
        if (breached) {
            return SlaState.BREACHED;
        }
        if (times.pausedSince != null) {
            return SlaState.PAUSED;
        }
        // a warning counts while its target still runs: a first response given in time clears it
        boolean warning = has(times.fired, WARNED, SlaTarget.FIRST_RESPONSE) && times.firstResponseDue != null
                || has(times.fired, WARNED, SlaTarget.NEXT_RESPONSE) && times.nextResponseDue != null
                || has(times.fired, WARNED, SlaTarget.RESOLUTION) && times.resolutionDue != null
                || Stream.of(times.firstResponseWarn, times.nextResponseWarn, times.resolutionWarn)
                .anyMatch(warn -> warn != null && !warn.isAfter(now));
        return warning ? SlaState.WARNING : SlaState.ON_TRACK;
    }

    /** The earliest warning or due time not yet announced. */
    private static void schedule(SlaTimes times) {
        Instant next = null;
        next = earliest(next, times, SlaTarget.FIRST_RESPONSE, times.firstResponseWarn, times.firstResponseDue);
        next = earliest(next, times, SlaTarget.NEXT_RESPONSE, times.nextResponseWarn, times.nextResponseDue);
        next = earliest(next, times, SlaTarget.RESOLUTION, times.resolutionWarn, times.resolutionDue);
        times.nextCheckAt = next;
    }

    private static Instant earliest(Instant next, SlaTimes times, SlaTarget target, Instant warn, Instant due) {
        if (has(times.fired, BREACHED, target)) {
            return next;
        }
        Instant candidate = warn != null && !has(times.fired, WARNED, target) ? warn : due;
        return candidate == null || next != null && next.isBefore(candidate) ? next : candidate;
    }

    private static boolean has(String fired, String kind, SlaTarget target) {
        return fired != null && fired.contains(kind + target + ",");
    }

    private static String without(String fired, SlaTarget target) {
        return fired == null ? "" : fired.replace(WARNED + target + ",", "").replace(BREACHED + target + ",", "");
    }

    private static Duration threeQuarters(Duration target) {
        return target.multipliedBy(3).dividedBy(4);
    }

    private static Duration positive(Duration duration) {
        return duration.isNegative() ? Duration.ZERO : duration;
    }
}
