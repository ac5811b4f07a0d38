package org.mosaiccrm.kernel.impl.security;

import org.mosaiccrm.kernel.impl.MovableClock;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.Duration;

import org.junit.Test;

public class RateLimiterTest {


    private final MovableClock clock = new MovableClock();
    private final RateLimiter limiter = new RateLimiter(clock);

    @Test
    public void aBurstUpToTheLimitPassesThenTheClientWaits() {
        for (int i = 0; i < 5; i++) {
            assertEquals(0, limiter.acquire("form@1.2.3.4", 5, 60));
        }
        long wait = limiter.acquire("form@1.2.3.4", 5, 60);
        assertTrue("one token comes back every 12 s: " + wait, wait > 0 && wait <= 12);
    }

    @Test
    public void tokensComeBackWithTime() {
        for (int i = 0; i < 5; i++) {
            limiter.acquire("form@1.2.3.4", 5, 60);
        }
        clock.now = clock.now.plus(Duration.ofSeconds(12));
        assertEquals(0, limiter.acquire("form@1.2.3.4", 5, 60));
        assertTrue(limiter.acquire("form@1.2.3.4", 5, 60) > 0);
    }

    @Test
    public void clientsAreCountedApart() {
        for (int i = 0; i < 5; i++) {
            limiter.acquire("form@1.2.3.4", 5, 60);
        }
        assertEquals(0, limiter.acquire("form@5.6.7.8", 5, 60));
    }
}
