package org.mosaiccrm.kernel.impl.security;

import org.mosaiccrm.kernel.impl.MovableClock;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.Duration;

import org.junit.Test;

public class LoginThrottleTest {

    private final MovableClock clock = new MovableClock();
    private final LoginThrottle throttle = new LoginThrottle(clock);

    @Test
    public void fiveWrongPasswordsLockTheUserForAMinuteEvenForTheRightOne() {
        for (int i = 0; i < LoginThrottle.PER_USER - 1; i++) {
            throttle.failed("marie", "10.0.0.1");
        }
        assertEquals("four failures: still allowed", 0, throttle.secondsToWait("marie", "10.0.0.1"));
        throttle.failed("marie", "10.0.0.1");
        assertEquals(60, throttle.secondsToWait("marie", "10.0.0.1"));
        assertEquals("from elsewhere marie may still log in: a stranger cannot lock her out", 0,
                throttle.secondsToWait("marie", "10.0.0.2"));
        assertEquals("another user from the same address is not locked", 0, throttle.secondsToWait("paul", "10.0.0.3"));
        clock.advance(Duration.ofSeconds(61));
        assertEquals(0, throttle.secondsToWait("marie", "10.0.0.1"));
    }

    @Test
    public void oneAddressTryingManyUsersIsLockedToo() {
        for (int i = 0; i < LoginThrottle.PER_ADDRESS; i++) {
            throttle.failed("user" + i, "192.0.2.7");
        }
        assertTrue(throttle.secondsToWait("somebody-else", "192.0.2.7") > 0);
        assertEquals(0, throttle.secondsToWait("somebody-else", "192.0.2.8"));
    }

    @Test
    public void failuresOlderThanTheWindowAreForgottenAndASuccessClearsTheUser() {
        for (int i = 0; i < LoginThrottle.PER_USER - 1; i++) {
            throttle.failed("zoe", "10.0.0.1");
        }
        clock.advance(LoginThrottle.WINDOW.plusSeconds(1));
        throttle.failed("zoe", "10.0.0.1");
        assertEquals(0, throttle.secondsToWait("zoe", "10.0.0.1"));
        for (int i = 0; i < LoginThrottle.PER_USER - 1; i++) {
            throttle.failed("zoe", "10.0.0.1");
        }
        throttle.succeeded("zoe", "10.0.0.1");
        throttle.failed("zoe", "10.0.0.1");
        assertEquals(0, throttle.secondsToWait("zoe", "10.0.0.1"));
    }

}
