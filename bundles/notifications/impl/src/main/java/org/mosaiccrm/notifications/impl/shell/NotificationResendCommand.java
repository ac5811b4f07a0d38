package org.mosaiccrm.notifications.impl.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.mosaiccrm.commons.shell.CommandRefusals;
import org.mosaiccrm.kernel.api.ModuleRegistry;
import org.mosaiccrm.kernel.api.problem.ProblemException;
import org.mosaiccrm.notifications.api.Notification;
import org.mosaiccrm.notifications.api.NotificationService;
import org.mosaiccrm.notifications.impl.NotificationsModule;

@Command(scope = "crm", name = "notification-resend", description = "Queues a FAILED, DEAD, NOT_SENDABLE or CANCELLED notification again, now.")
@Service
public class NotificationResendCommand implements Action {

    @Argument(index = 0, name = "id", required = true, description = "The notification's id (Tab lists the latest).")
    @Completion(NotificationIdCompleter.class)
    String id;

    @Reference(optional = true)
    NotificationService notifications;

    @Reference(optional = true)
    ModuleRegistry registry;

    @Override
    public Object execute() throws Exception {
        NotificationService service = CommandRefusals.require(notifications, NotificationsModule.NAME, registry);
        try {
            Notification queued = service.resend(id);
            System.out.println("Queued again: " + queued.subject() + " to " + queued.address());
        } catch (ProblemException e) {
            throw CommandRefusals.refused("Not queued", e);
        }
        return null;
    }
}
