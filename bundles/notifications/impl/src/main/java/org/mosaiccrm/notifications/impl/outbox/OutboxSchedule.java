package org.mosaiccrm.notifications.impl.outbox;

import java.time.Duration;

import org.mosaiccrm.notifications.impl.NotificationServiceImpl;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/**
 * Runs the outbox's sender while the module runs. Immediate, so that delivery never waits for something to use the
 * module, and so that the gate is built at start rather than inside some publisher's transaction.
 */
@Component(service = {}, immediate = true)
public class OutboxSchedule {

    private static final Duration PAUSE = Duration.ofSeconds(1);

    private final OutboxSender sender;

    @Activate
    public OutboxSchedule(@Reference NotificationServiceImpl gate) {
        this.sender = gate.sender();
        sender.start(PAUSE);
    }

    @Deactivate
    void deactivate() {
        sender.close();
    }
}
