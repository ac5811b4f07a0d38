package org.mosaiccrm.notifications.impl.outbox;

import static org.junit.Assert.assertEquals;

import java.time.Duration;
import java.time.Instant;

import org.junit.Test;

public class BackoffTest {

    @Test
    public void theWaitDoublesFromTheFirstRetryAndStopsAtAnHour() {
        Duration first = Duration.ofSeconds(30);
        assertEquals(Duration.ofSeconds(30), Backoff.after(1, first));
        assertEquals(Duration.ofSeconds(60), Backoff.after(2, first));
        assertEquals(Duration.ofSeconds(240), Backoff.after(4, first));
        assertEquals(Duration.ofHours(1), Backoff.after(8, first));
        assertEquals(Duration.ofHours(1), Backoff.after(50, first));
    }

    @Test
    public void atMostSoManyMessagesGoInAnyMinute() {
        SendRate rate = new SendRate();
        Instant start = Instant.parse("2026-12-04T10:00:00Z");
        assertEquals(3, rate.allowance(start, 3));
        rate.sent(start);
        rate.sent(start.plusSeconds(10));
        assertEquals(1, rate.allowance(start.plusSeconds(20), 3));
        rate.sent(start.plusSeconds(20));
        assertEquals(0, rate.allowance(start.plusSeconds(59), 3));
        assertEquals("the first one is a minute old", 1, rate.allowance(start.plusSeconds(60), 3));
        assertEquals(3, rate.allowance(start.plusSeconds(81), 3));
    }
}
