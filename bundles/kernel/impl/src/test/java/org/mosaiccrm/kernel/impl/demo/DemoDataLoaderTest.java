package org.mosaiccrm.kernel.impl.demo;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.After;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.mosaiccrm.kernel.api.demo.DemoData;
import org.mosaiccrm.kernel.api.licensing.LicenseService;
import org.mosaiccrm.kernel.api.licensing.LicenseState;
import org.mosaiccrm.kernel.api.licensing.LicenseStatus;

public class DemoDataLoaderTest {

    @Rule
    public TemporaryFolder folder = new TemporaryFolder();

    private DemoDataLoader loader;

    @After
    public void stop() {
        if (loader != null) {
            loader.deactivate();
        }
    }

    @Test
    public void aLoadThatFailsOnceIsTriedAgainAndThenRemembered() throws Exception {
        Path markers = folder.getRoot().toPath().resolve("demo-data");
        loader = new DemoDataLoader(license("demo"), markers, true, Duration.ZERO, () -> true);
        Part contacts = new Part(1);
        loader.addPart(contacts);
        assertTrue("the worker's round is over", loader.awaitLoads(Duration.ofSeconds(10)));
        assertEquals("the second attempt loads", 0, contacts.loaded.getCount());
        assertEquals(2, contacts.attempts.get());
        assertTrue("and is remembered", Files.exists(markers.resolve("contacts.first-start")));
    }

    @Test
    public void aLoadThatKeepsFailingLeavesNoMarkerSoTheNextStartTriesAgain() throws Exception {
        Path markers = folder.getRoot().toPath().resolve("demo-data");
        loader = new DemoDataLoader(license("demo"), markers, true, Duration.ZERO, () -> true);
        Part contacts = new Part(Integer.MAX_VALUE);
        loader.addPart(contacts);
        assertTrue("the worker's round is over", loader.awaitLoads(Duration.ofSeconds(10)));
        assertEquals("three attempts", 3, contacts.attempts.get());
        assertFalse("a failed load leaves no marker", Files.exists(markers.resolve("contacts.first-start")));
        loader.deactivate();

        Part again = new Part(0);
        loader = new DemoDataLoader(license("demo"), markers, true, Duration.ZERO, () -> true);
        loader.addPart(again);
        assertTrue("the module's next start loads it", again.loaded.await(10, TimeUnit.SECONDS));
    }

    @Test
    public void nothingIsLoadedUnderAnotherEdition() throws Exception {
        loader = new DemoDataLoader(license("enterprise"), folder.getRoot().toPath(), true, Duration.ZERO, () -> true);
        Part contacts = new Part(0);
        loader.addPart(contacts);
        assertTrue(loader.awaitLoads(Duration.ofSeconds(10)));
        assertEquals("nothing was even tried", 0, contacts.attempts.get());
    }

    private static LicenseService license(String edition) {
        LicenseStatus status = new LicenseStatus(LicenseState.VALID, "L-1", "Test", edition, List.of("contacts"), 5, null, null,
                null, null, "k", List.of());
        return new LicenseService() {
            @Override
            public LicenseStatus status() {
                return status;
            }

            @Override
            public LicenseStatus install(byte[] license) {
                throw new UnsupportedOperationException();
            }
        };
    }

    /** Fails its first {@code failures} loads, as a module stopping half-way through its start would. */
    private static final class Part implements DemoData {
        final int failures;
        final AtomicInteger attempts = new AtomicInteger();
        final CountDownLatch loaded = new CountDownLatch(1);

        Part(int failures) {
            this.failures = failures;
        }

        @Override
        public String module() {
            return "contacts";
        }

        @Override
        public boolean isEmpty() {
            return true;
        }

        @Override
        public String load() {
            if (attempts.incrementAndGet() <= failures) {
                throw new IllegalStateException("the module is stopping");
            }
            loaded.countDown();
            return "27 customers";
        }
    }
}
