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
import org.mosaiccrm.notifications.api.Preview;
import org.mosaiccrm.notifications.impl.NotificationsModule;

@Command(scope = "crm", name = "notification-show", description = "Shows one notification: where it stands, and its text as sent.")
@Service
public class NotificationShowCommand implements Action {

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
            Notification n = service.get(id);
            Preview content = service.content(id);
            System.out.println("Id:         " + n.id());
            System.out.println("State:      " + n.state() + (n.nextAttemptAt() == null ? "" : " (next attempt " + n.nextAttemptAt() + ")"));
            System.out.println("To:         " + (n.address() == null ? "-" : n.address()) + (n.customerId() == null ? "" : " (customer " + n.customerId() + ")"));
            System.out.println("Template:   " + n.template() + " (" + n.language() + ", " + n.purpose() + ")");
            System.out.println("Trigger:    " + (n.trigger() == null ? "-" : n.trigger()));
            System.out.println("Message-ID: " + n.messageId());
            System.out.println("Attempts:   " + n.attempts() + (n.lastError() == null ? "" : ", last answer: " + n.lastError()));
            System.out.println("Created:    " + n.createdAt() + (n.sentAt() == null ? "" : ", sent " + n.sentAt()));
            System.out.println("Subject:    " + content.subject());
            System.out.println();
            System.out.println(content.text());
        } catch (ProblemException e) {
            throw CommandRefusals.refused("Not shown", e);
        }
        return null;
    }
}
