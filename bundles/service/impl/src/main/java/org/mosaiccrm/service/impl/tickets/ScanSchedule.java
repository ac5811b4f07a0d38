package org.mosaiccrm.service.impl.tickets;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.mosaiccrm.service.api.ServiceDesk;
import org.mosaiccrm.service.impl.ServiceConfig;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the SLA and routing scan every {@code scanIntervalSeconds} while the module runs (one thread; a scan
 * that fails is logged and the next one runs as usual).
 */
@Component(service = ScanSchedule.class, configurationPid = ServiceConfig.PID, immediate = true)
public class ScanSchedule {

    private static final Logger LOG = LoggerFactory.getLogger(ScanSchedule.class);

    private final ServiceDesk desk;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "crm-service-scan");
        thread.setDaemon(true);
        return thread;
    });
    private ScheduledFuture<?> scans;
    private int interval;

    @Activate
    public ScanSchedule(@Reference ServiceDesk desk, ServiceConfig config) {
        this.desk = desk;
        modified(config);
    }

    @Modified
    synchronized void modified(ServiceConfig config) {
        if (scans != null && interval == config.scanIntervalSeconds()) {
            return;
        }
        if (scans != null) {
            scans.cancel(false);
        }
        interval = config.scanIntervalSeconds();
        scans = timer.scheduleWithFixedDelay(this::scan, interval, interval, TimeUnit.SECONDS);
    }

    private void scan() {
        try {
            ServiceDesk.SlaScan scan = desk.scanSla();
            if (scan.warned() + scan.breached() + scan.rerouted() > 0) {
                LOG.info("Service scan: {} SLA warnings, {} breaches, {} tickets routed in {} ms", scan.warned(), scan.breached(),
                        scan.rerouted(), scan.millis());
            }
        } catch (RuntimeException e) {
            LOG.warn("The service scan failed; the next one runs in {} s", interval, e);
        }
    }

    @Deactivate
    synchronized void deactivate() {
        timer.shutdownNow();
    }
}
