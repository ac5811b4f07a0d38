package org.mosaiccrm.service.impl.sla;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.Test;

public class BusinessCalendarTest {

    private final BusinessCalendar paris = BusinessCalendar.of("Europe/Paris", "mon-fri 09:00-18:00, sat 09:00-12:00",
            List.of(LocalDate.parse("2026-12-25")));

    @Test
    public void countsOnlyOpeningHoursAcrossTheNightAndTheWeekend() {
        // Friday 2026-12-04 17:00 Paris (16:00 UTC) + 4 business hours: 1 h on Friday, 3 h on Saturday morning
        assertEquals(Instant.parse("2026-12-05T11:00:00Z"), paris.plus(Instant.parse("2026-12-04T16:00:00Z"), Duration.ofHours(4)));
        // Saturday 11:00 + 2 h: 1 h on Saturday, Sunday closed, 1 h on Monday
        assertEquals(Instant.parse("2026-12-07T09:00:00Z"), paris.plus(Instant.parse("2026-12-05T10:00:00Z"), Duration.ofHours(2)));
    }

    @Test
    public void aTicketOpenedAtNightStartsCountingAtOpening() {
        assertEquals(Instant.parse("2026-12-07T08:30:00Z"), paris.plus(Instant.parse("2026-12-06T22:00:00Z"), Duration.ofMinutes(30)));
    }

    @Test
    public void holidaysAreClosed() {
        // Thursday 24 December 17:30 Paris + 1 h: 30 min on the 24th, the 25th closed, 30 min on Saturday the 26th
        assertEquals(Instant.parse("2026-12-26T08:30:00Z"), paris.plus(Instant.parse("2026-12-24T16:30:00Z"), Duration.ofHours(1)));
    }

    @Test
    public void betweenIsTheInverseOfPlus() {
        Instant start = Instant.parse("2026-12-03T15:12:00Z");
        for (int minutes : new int[] {1, 59, 540, 3000, 12_345}) {
            Instant end = paris.plus(start, Duration.ofMinutes(minutes));
            assertEquals(Duration.ofMinutes(minutes), paris.between(start, end));
        }
        assertEquals(Duration.ZERO, paris.between(Instant.parse("2026-12-06T10:00:00Z"), Instant.parse("2026-12-06T20:00:00Z")));
    }

    @Test
    public void summerTimeKeepsTheLocalOpeningHours() {
        // 2027-03-28 clocks go forward in Paris: Monday 29 March opens at 09:00 local = 07:00 UTC
        assertEquals(Instant.parse("2027-03-29T07:30:00Z"), paris.plus(Instant.parse("2027-03-27T11:00:00Z"), Duration.ofMinutes(30)));
    }

    @Test
    public void alwaysOpenCalendars() {
        BusinessCalendar always = BusinessCalendar.of("UTC", "24x7", List.of());
        assertEquals(Instant.parse("2026-12-06T22:00:00Z"), always.plus(Instant.parse("2026-12-06T20:00:00Z"), Duration.ofHours(2)));
    }

    @Test
    public void badCalendarsSayWhatIsExpected() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> BusinessCalendar.of("Europe/Pariss", "mon-fri 09:00-18:00", List.of()))
                .getMessage().contains("time zone"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> BusinessCalendar.of("UTC", "lun-ven 09:00-18:00", List.of()))
                .getMessage().contains("mon-fri"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> BusinessCalendar.of("UTC", "mon 18:00-09:00", List.of()))
                .getMessage().contains("closing after opening"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> BusinessCalendar.of("UTC", "mon-fri 09:00-12:00 11:00-14:00", List.of()))
                .getMessage().contains("overlaps"));
    }
}
