package org.mosaiccrm.kernel.impl.metrics;

import org.mosaiccrm.kernel.api.imports.ImportEvents;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;

import io.micrometer.core.instrument.Counter;

/** Counts every module's imports and their rows by outcome, from the modules' {@link ImportEvents#FINISHED} events. */
@Component(service = EventHandler.class, property = EventConstants.EVENT_TOPIC + "=" + ImportEvents.FINISHED)
public class ImportMetrics implements EventHandler {

    private final CrmMetrics metrics;

    @Activate
    public ImportMetrics(@Reference CrmMetrics metrics) {
        this.metrics = metrics;
    }

    @Override
    public void handleEvent(Event event) {
        String module = String.valueOf(event.getProperty(ImportEvents.MODULE));
        String dryRun = String.valueOf(Boolean.TRUE.equals(event.getProperty(ImportEvents.DRY_RUN)));
        Counter.builder("crm.imports").description("Imports that ended, by module").tag("module", module)
                .tag("dry_run", dryRun).register(metrics.registry()).increment();
        for (String outcome : new String[] { ImportEvents.CREATED, ImportEvents.UPDATED, ImportEvents.UNCHANGED,
            ImportEvents.FAILED }) {
            Object rows = event.getProperty(outcome);
            if (rows instanceof Number count && count.longValue() > 0) {
                Counter.builder("crm.imports.rows").description("Rows of ended imports, by module and outcome")
                        .tag("module", module).tag("dry_run", dryRun).tag("outcome", outcome)
                        .register(metrics.registry()).increment(count.doubleValue());
            }
        }
    }
}
