package org.mosaiccrm.notifications.impl.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.mosaiccrm.commons.shell.CommandRefusals;
import org.mosaiccrm.kernel.api.ModuleRegistry;
import org.mosaiccrm.notifications.api.NotificationService;
import org.mosaiccrm.notifications.impl.NotificationsModule;
import org.mosaiccrm.notifications.impl.triggers.ReorderReminding;

@Command(scope = "crm", name = "notification-remind", description = "Looks now for customers due to reorder and queues their "
        + "reminders (those who accept reminders; once per product and expected date), as the scheduled check does.")
@Service
public class NotificationRemindCommand implements Action {

    @Reference(optional = true)
    NotificationService notifications;

    @Reference(optional = true)
    ReorderReminding reminders;

    @Reference(optional = true)
    ModuleRegistry registry;

    @Override
    public Object execute() throws Exception {
        CommandRefusals.require(notifications, NotificationsModule.NAME, registry);
        if (reminders == null) {
            throw CommandRefusals.refused("Reorder reminders come from inventory's predictions: the inventory module is not running "
                    + "(feature:install crm-inventory, and a license that names inventory).");
        }
        if (!reminders.switchedOn()) {
            throw CommandRefusals.refused("Reorder reminders are switched off: reorderReminders = false in etc/org.mosaiccrm.notifications.cfg.");
        }
        int written = reminders.remindNow();
        System.out.println(written == 0 ? "No new reminder: nobody who accepts reminders is due to reorder (or they were reminded already)."
                : "Queued " + written + " reorder reminder(s).");
        return null;
    }
}
