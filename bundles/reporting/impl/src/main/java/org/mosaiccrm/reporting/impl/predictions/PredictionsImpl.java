package org.mosaiccrm.reporting.impl.predictions;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.mosaiccrm.kernel.api.problem.ProblemException;
import org.mosaiccrm.kernel.api.problem.UnavailableException;
import org.mosaiccrm.reporting.api.predictions.AssociationRule;
import org.mosaiccrm.reporting.api.predictions.CustomerOutlook;
import org.mosaiccrm.reporting.api.predictions.ModelQuality;
import org.mosaiccrm.reporting.api.predictions.Predictions;
import org.mosaiccrm.reporting.impl.ReportingServiceImpl;
import org.mosaiccrm.reporting.impl.ReportingSettings;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The predictions: trained in the background when the module starts, every night at the configured hour,
 * and on demand; served from the last trained snapshot, never blocking a screen pop on a training.
 */
@Component(service = { Predictions.class, PredictionsImpl.class })
public class PredictionsImpl implements Predictions {

    /** Inventory's report of every purchase line: the models' only input. */
    public static final String HISTORY_REPORT = "inventory.purchase-lines";

    private static final Logger LOG = LoggerFactory.getLogger(PredictionsImpl.class);

    private final ReportingServiceImpl reports;
    private final ScheduledExecutorService trainer = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "crm-reporting-models");
        thread.setDaemon(true);
        return thread;
    });
    private volatile TrainedModels trained;

    @Activate
    public PredictionsImpl(@Reference ReportingServiceImpl reports) {
        this.reports = reports;
        trainer.execute(this::trainQuietly);
        // inventory may start after this module (installed together): until a first training succeeds, try again
        trainer.scheduleWithFixedDelay(() -> {
            if (trained == null) {
                trainQuietly();
            }
        }, 1, 2, TimeUnit.MINUTES);
        scheduleNight();
    }

    @Deactivate
    void deactivate() {
        // a refresh waiting in the queue is cancelled, so that its REST caller hears it at once (not in ten minutes)
        trainer.shutdownNow().forEach(task -> {
            if (task instanceof Future<?> queued) {
                queued.cancel(false);
            }
        });
    }

    private void scheduleNight() {
        ReportingSettings settings = reports.settings();
        ZonedDateTime now = ZonedDateTime.now(reports.clock().withZone(settings.zone()));
        ZonedDateTime next = now.toLocalDate().atTime(settings.runHour(), 30).atZone(settings.zone());
        if (!next.isAfter(now)) {
            next = next.plusDays(1);
        }
        trainer.schedule(() -> {
            trainQuietly();
            scheduleNight();
        }, Duration.between(now, next).toMillis(), TimeUnit.MILLISECONDS);
    }

    private void trainQuietly() {
        if (!reports.exists(HISTORY_REPORT)) {
            trained = null; // no inventory: nothing to learn from, which is not a fault
            return;
        }
        try {
            train();
        } catch (RuntimeException e) {
            LOG.warn("Predictions not refreshed: {}", e.getMessage());
        }
    }

    /** Reads the history through inventory's report and trains every model (on the trainer's thread: as the system). */
    private List<ModelQuality> train() {
        if (!reports.exists(HISTORY_REPORT)) {
            trained = null;
            throw new UnavailableException("There is no purchase history to learn from: the inventory module is not running.");
        }
        long started = System.nanoTime();
        PurchaseHistory history = new PurchaseHistory();
        reports.run(HISTORY_REPORT, Map.of("from", "1900-01-01"), values -> history.add((String) values[0], (String) values[2],
                (String) values[3], (LocalDate) values[4], (BigDecimal) values[6], (String) values[7]));
        history.seal();
        ReportingSettings settings = reports.settings();
        TrainedModels models = TrainedModels.train(history, settings, reports.clock());
        trained = models;
        LOG.info("Predictions refreshed from {} purchase lines of {} customers in {} ms", history.size(), history.customerCount(),
                (System.nanoTime() - started) / 1_000_000);
        return models.qualities();
    }

    @Override
    public CustomerOutlook outlook(String customerId) {
        TrainedModels models = trained;
        if (models == null) {
            return new CustomerOutlook(customerId, List.of(), null, List.of(), null);
        }
        return models.outlook(customerId, LocalDate.now(reports.clock().withZone(reports.settings().zone())));
    }

    @Override
    public List<AssociationRule> alsoBought(String sku, int limit) {
        TrainedModels models = trained;
        return models == null ? List.of() : models.alsoBought(sku, Math.max(1, Math.min(limit, 50)));
    }

    @Override
    public List<ModelQuality> models() {
        TrainedModels models = trained;
        return models == null ? List.of() : models.qualities();
    }

    @Override
    public List<ModelQuality> refresh() {
        try {
            return trainer.submit(this::train).get(10, TimeUnit.MINUTES);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof ProblemException problem) {
                throw problem;
            }
            throw new UnavailableException("The predictions could not be refreshed: " + e.getCause().getMessage());
        } catch (java.util.concurrent.CancellationException e) {
            throw new UnavailableException("The reporting module stopped before the predictions were refreshed.");
        } catch (java.util.concurrent.RejectedExecutionException e) {
            throw new UnavailableException("The reporting module is stopping.");
        } catch (TimeoutException e) {
            throw new UnavailableException("The predictions are still being refreshed; ask again later.");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UnavailableException("Interrupted.");
        }
    }
}
