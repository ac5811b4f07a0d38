package org.mosaiccrm.notifications.impl.triggers;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.mosaiccrm.inventory.api.InventoryService;
import org.mosaiccrm.inventory.api.ReorderPrediction;
import org.mosaiccrm.kernel.api.paging.Page;
import org.mosaiccrm.kernel.api.paging.PageRequest;
import org.mosaiccrm.notifications.api.NotificationRequest;
import org.mosaiccrm.notifications.api.NotificationService;
import org.mosaiccrm.notifications.api.Purpose;
import org.mosaiccrm.notifications.impl.NotificationsConfig;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reorder reminders from inventory's predictions: customers expected to reorder a product within {@code reminderDays}
 * are reminded once per product and expected date (the idempotency key), and only those who opted in (the outbox
 * writes nothing for the others). Runs while inventory runs ({@code crm.optional}).
 */
// immediate: nothing uses it, it looks for reminders on its own schedule (and crm:notification-remind asks it now)
@Component(service = ReorderReminding.class, configurationPid = NotificationsConfig.PID, property = "crm.optional=true", immediate = true)
public class ReorderReminders implements ReorderReminding {

    private static final Logger LOG = LoggerFactory.getLogger(ReorderReminders.class);

    private final InventoryService inventory;
    private final NotificationService notifications;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "crm-notifications-reminders");
        thread.setDaemon(true);
        return thread;
    });
    private volatile NotificationsConfig config;
    private java.util.concurrent.ScheduledFuture<?> schedule;

    @Activate
    public ReorderReminders(@Reference InventoryService inventory, @Reference NotificationService notifications, NotificationsConfig config) {
        this.inventory = inventory;
        this.notifications = notifications;
        this.config = config;
        schedule(config.reminderCheckHours());
    }

    /** The first look a minute after the start (the boot has other work), then every {@code hours}. */
    private synchronized void schedule(int hours) {
        if (schedule != null) {
            schedule.cancel(false);
        }
        schedule = timer.scheduleWithFixedDelay(this::runSafely, Duration.ofMinutes(1).toSeconds(), Duration.ofHours(hours).toSeconds(),
                TimeUnit.SECONDS);
    }

    @Modified
    void modified(NotificationsConfig changed) {
        boolean rhythm = changed.reminderCheckHours() != config.reminderCheckHours();
        this.config = changed;
        if (rhythm) {
            schedule(changed.reminderCheckHours());
        }
    }

    @Deactivate
    void deactivate() {
        timer.shutdownNow();
    }

    private void runSafely() {
        try {
            remindNow();
        } catch (RuntimeException e) {
            LOG.warn("Reorder reminders will be looked for again at the next check: {}", e.toString());
        }
    }

    @Override
    public boolean switchedOn() {
        return config.reorderReminders();
    }

    @Override
    public int remindNow() {
        if (!config.reorderReminders()) {
            return 0;
        }
        int written = 0;
        PageRequest page = PageRequest.first(200);
        while (true) {
            Page<ReorderPrediction> due = inventory.dueToReorder(config.reminderDays(), page);
            for (ReorderPrediction prediction : due.items()) {
                String key = "reorder:" + prediction.customerId() + ":" + prediction.sku() + ":" + prediction.expectedOn();
                if (notifications.enqueue(NotificationRequest.toCustomer(key, prediction.customerId(), "reorder-reminder", Purpose.REMINDER,
                        Map.of("product.name", prediction.productName(), "product.sku", prediction.sku(),
                                "product.expectedOn", prediction.expectedOn().toString()),
                        "reorder of " + prediction.sku() + " expected " + prediction.expectedOn())).isPresent()) {
                    written++;
                }
            }
            if (page.offset() + due.items().size() >= due.total() || due.items().isEmpty()) {
                return written;
            }
            page = new PageRequest(page.offset() + page.limit(), page.limit());
        }
    }
}
