package org.mosaiccrm.kernel.impl.health;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.Duration;

import org.junit.Test;
import org.mosaiccrm.kernel.impl.MovableClock;

public class BootSettlingTest {

    private final MovableClock clock = new MovableClock();
    private final BootSettling settling = new BootSettling(clock);

    @Test
    public void notSettledBeforeKarafSaysTheBootIsOver() {
        clock.advance(Duration.ofMinutes(5));
        assertFalse(settling.settled(false));
    }

    @Test
    public void settledOnceTheWhiteboardHasBeenQuietAfterTheBoot() {
        settling.whiteboardChanged();
        clock.advance(Duration.ofMillis(500));
        assertFalse("a module's application arrived half a second ago", settling.settled(true));
        settling.whiteboardChanged();
        clock.advance(BootSettling.QUIET.minusMillis(1));
        assertFalse(settling.settled(true));
        clock.advance(Duration.ofMillis(1));
        assertTrue(settling.settled(true));
    }

    @Test
    public void laterChangesDoNotTakeTheCrmBackToStarting() {
        clock.advance(BootSettling.QUIET);
        assertTrue(settling.settled(true));
        settling.whiteboardChanged();
        assertTrue("an admin installing a module later is not a boot", settling.settled(true));
    }

    @Test
    public void aWhiteboardThatNeverStopsChangingDoesNotKeepTheCrmStartingForever() {
        assertFalse(settling.settled(true));
        for (int i = 0; i < 59; i++) {
            clock.advance(Duration.ofSeconds(1));
            settling.whiteboardChanged();
            assertFalse(settling.settled(true));
        }
        clock.advance(Duration.ofSeconds(1));
        settling.whiteboardChanged();
        assertTrue(settling.settled(true));
    }
}
