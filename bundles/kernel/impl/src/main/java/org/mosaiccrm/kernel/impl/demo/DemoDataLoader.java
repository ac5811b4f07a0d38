package org.mosaiccrm.kernel.impl.demo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.mosaiccrm.kernel.api.demo.DemoData;
import org.mosaiccrm.kernel.api.licensing.LicenseService;
import org.mosaiccrm.kernel.api.licensing.LicenseState;
import org.mosaiccrm.kernel.api.licensing.LicenseStatus;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads each module's demo data once, the first time the module runs under the demo license (edition
 * {@value #DEMO_EDITION}), and only into a module that holds no data; never under any other license. A
 * marker per module in the kernel's data area remembers that its first start is over (loaded, or the module
 * already held data), so that data an administrator deleted does not come back. A load that failed (the module
 * stopping half-way through its start, a busy database) leaves no marker: it is tried again a few times, and at
 * the module's next start. {@code crm:demo-data} loads on demand.
 */
@Component(service = DemoDataLoader.class, immediate = true, configurationPid = DemoDataConfig.PID)
@Designate(ocd = DemoDataConfig.class)
public class DemoDataLoader {

    static final String DEMO_EDITION = "demo";
    private static final int ATTEMPTS = 3;
    private static final java.time.Duration RETRY_PAUSE = java.time.Duration.ofSeconds(5);
    private static final Logger LOG = LoggerFactory.getLogger(DemoDataLoader.class);

    /** What happened to one module's part. */
    public record Outcome(String module, boolean loaded, String summary) {

        boolean failed() {
            return !loaded && summary.startsWith(FAILED);
        }
    }

    private static final String FAILED = "failed: ";

    private final LicenseService licensing;
    private final Path markers;
    private final List<DemoData> parts = new CopyOnWriteArrayList<>();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "crm-demo-data");
        thread.setDaemon(true);
        return thread;
    });
    private final boolean onFirstStart;
    private final java.time.Duration retryPause;
    private final java.util.function.BooleanSupplier bootOver;
    private volatile boolean active;

    @Activate
    public DemoDataLoader(@Reference LicenseService licensing, BundleContext bundle, DemoDataConfig config) {
        // Karaf registers BootFinished once every boot feature is in; until then the boot may still re-deliver the
        // DataSource's configuration, which restarts every persistence unit: a load running then is cut in half
        this(licensing, bundle.getDataFile("demo-data").toPath(), config.loadOnFirstStart(), RETRY_PAUSE,
                () -> bundle.getServiceReference("org.apache.karaf.features.BootFinished") != null);
    }

    DemoDataLoader(LicenseService licensing, Path markers, boolean onFirstStart, java.time.Duration retryPause,
                   java.util.function.BooleanSupplier bootOver) {
        this.licensing = licensing;
        this.markers = markers;
        this.onFirstStart = onFirstStart;
        this.retryPause = retryPause;
        this.bootOver = bootOver;
        active = true;
    }

    /** Waits (at most five minutes) for Karaf's boot to be over; false when the loader stopped meanwhile. */
    private boolean awaitBootOver() {
        for (int second = 0; second < 300 && !bootOver.getAsBoolean(); second++) {
            try {
                Thread.sleep(1_000);
            } catch (InterruptedException stopping) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return active;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addPart(DemoData part) {
        parts.add(part);
        if (active) {
            firstStart(part);
        }
    }

    void removePart(DemoData part) {
        parts.remove(part);
    }

    /** Loads every part (or the named module's) that finds its module empty; the others say why not. */
    public List<Outcome> loadNow(Optional<String> module) {
        List<Outcome> outcomes = new ArrayList<>();
        for (DemoData part : parts) {
            if (module.isEmpty() || module.get().equals(part.module())) {
                outcomes.add(load(part));
            }
        }
        return outcomes;
    }

    private void firstStart(DemoData part) {
        LicenseStatus license = licensing.status();
        if (!onFirstStart || license.state() != LicenseState.VALID || !DEMO_EDITION.equals(license.edition())) {
            return;
        }
        Path marker = markers.resolve(part.module() + ".first-start");
        if (Files.exists(marker)) {
            return;
        }
        worker.submit(() -> {
            if (!awaitBootOver()) {
                return;
            }
            Outcome outcome = load(part);
            for (int attempt = 1; outcome.failed() && attempt < ATTEMPTS && active && parts.contains(part); attempt++) {
                try {
                    Thread.sleep(retryPause.toMillis());
                } catch (InterruptedException stopping) {
                    Thread.currentThread().interrupt();
                    return;
                }
                outcome = load(part);
            }
            LOG.info("Demo data for {}: {}", outcome.module(), outcome.summary());
            if (outcome.failed()) {
                return; // no marker: the next start of the module tries again
            }
            try {
                Files.createDirectories(markers);
                Files.writeString(marker, outcome.summary());
            } catch (IOException e) {
                LOG.warn("Cannot remember that {}'s demo data was handled: {}", part.module(), e.toString());
            }
        });
    }

    private static Outcome load(DemoData part) {
        try {
            if (!part.isEmpty()) {
                return new Outcome(part.module(), false, "not loaded: the module already holds data");
            }
            return new Outcome(part.module(), true, part.load());
        } catch (RuntimeException e) {
            LOG.warn("Demo data for {} failed", part.module(), e);
            return new Outcome(part.module(), false, FAILED + e.getMessage());
        }
    }

    /** Waits (bounded) until the loads handed to the worker so far are over, marker included: what tests check after. */
    boolean awaitLoads(java.time.Duration timeout) throws InterruptedException {
        try {
            worker.submit(() -> { }).get(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
            return true;
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            return false;
        }
    }

    @Deactivate
    void deactivate() {
        active = false;
        worker.shutdownNow();
    }
}
