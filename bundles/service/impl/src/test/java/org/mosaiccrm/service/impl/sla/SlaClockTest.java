package org.mosaiccrm.service.impl.sla;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.Test;
import org.mosaiccrm.service.api.SlaPolicy;
import org.mosaiccrm.service.api.SlaState;
import org.mosaiccrm.service.api.SlaTarget;
import org.mosaiccrm.service.impl.persistence.SlaTimes;

public class SlaClockTest {

    private final BusinessCalendar calendar = BusinessCalendar.of("UTC", "mon-fri 09:00-17:00", List.of());
    private final SlaClock clock = new SlaClock(calendar, SlaTargets.parse("1h/2h/8h"));
    private final Instant monday9 = Instant.parse("2026-12-07T09:00:00Z");

    @Test
    public void waitingOnTheCustomerStopsTheResolutionClockAndResumingRecomputesTheDueTime() {
        SlaTimes times = new SlaTimes();
        clock.start(times, "standard", monday9);
        assertEquals(Instant.parse("2026-12-07T17:00:00Z"), times.resolutionDue);
        clock.answered(times, monday9, monday9.plus(Duration.ofMinutes(30)));
        // 2 business hours used, then waiting for 3 days
        clock.pause(times, Instant.parse("2026-12-07T11:00:00Z"));
        assertNull(times.resolutionDue);
        assertEquals(SlaState.PAUSED, SlaClock.state(times, Instant.parse("2026-12-09T11:00:00Z"), false));
        assertTrue(SlaClock.fire(times, Instant.parse("2026-12-10T11:00:00Z")).isEmpty());
        // back on Thursday 10:00: 6 business hours left, due Thursday 16:00
        clock.resume(times, Instant.parse("2026-12-10T10:00:00Z"));
        assertEquals(Instant.parse("2026-12-10T16:00:00Z"), times.resolutionDue);
        clock.stop(times, Instant.parse("2026-12-10T12:00:00Z"));
        assertEquals(Long.valueOf(Duration.ofHours(4).toSeconds()), times.resolutionBusinessSeconds);
        assertNull(times.nextCheckAt);
    }

    @Test
    public void warnsAtThreeQuartersThenBreachesOnceEach() {
        SlaTimes times = new SlaTimes();
        clock.start(times, "standard", monday9);
        assertEquals(Instant.parse("2026-12-07T09:45:00Z"), times.nextCheckAt);
        List<SlaClock.Fired> fired = SlaClock.fire(times, Instant.parse("2026-12-07T09:50:00Z"));
        assertEquals(List.of(new SlaClock.Fired(SlaTarget.FIRST_RESPONSE, false, Instant.parse("2026-12-07T10:00:00Z"))), fired);
        assertEquals(SlaState.WARNING, SlaClock.state(times, Instant.parse("2026-12-07T09:50:00Z"), false));
        assertTrue(SlaClock.fire(times, Instant.parse("2026-12-07T09:55:00Z")).isEmpty());
        fired = SlaClock.fire(times, Instant.parse("2026-12-07T10:01:00Z"));
        assertEquals(1, fired.size());
        assertTrue(fired.get(0).breach());
        assertEquals("FIRST_RESPONSE", times.breached);
        assertTrue(SlaClock.fire(times, Instant.parse("2026-12-07T10:02:00Z")).isEmpty());
        assertEquals(SlaState.BREACHED, SlaClock.state(times, Instant.parse("2026-12-07T10:02:00Z"), false));
        // the resolution warning is next: 6 business hours after the start
        assertEquals(Instant.parse("2026-12-07T15:00:00Z"), times.nextCheckAt);
    }

    @Test
    public void theCustomerWritingAgainAsksForTheNextResponse() {
        SlaTimes times = new SlaTimes();
        clock.start(times, "standard", monday9);
        clock.answered(times, monday9, monday9.plus(Duration.ofMinutes(10)));
        assertEquals(Long.valueOf(600), times.firstResponseBusinessSeconds);
        clock.customerWrote(times, Instant.parse("2026-12-07T16:00:00Z"));
        assertEquals(Instant.parse("2026-12-08T10:00:00Z"), times.nextResponseDue);
        clock.answered(times, monday9, Instant.parse("2026-12-08T09:30:00Z"));
        assertNull(times.nextResponseDue);
    }

    @Test
    public void targetsReadAsWrittenAndRefuseNonsense() {
        SlaPolicy.Targets targets = SlaTargets.parse("15m/1h30m/27h");
        assertEquals(Duration.ofMinutes(90), targets.nextResponse());
        assertEquals("15m/1h30m/27h", SlaTargets.format(targets));
        for (String bad : new String[] {"1h/2h", "1x/2h/3h", "0m/1h/2h", "4h/1h/1h"}) {
            try {
                SlaTargets.parse(bad);
                throw new AssertionError(bad + " was accepted");
            } catch (IllegalArgumentException expected) {
                assertTrue(expected.getMessage().contains("'"));
            }
        }
    }
}
