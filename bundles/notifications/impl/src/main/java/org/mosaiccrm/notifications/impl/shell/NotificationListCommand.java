package org.mosaiccrm.notifications.impl.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.apache.karaf.shell.support.table.ShellTable;
import org.mosaiccrm.commons.shell.CommandRefusals;
import org.mosaiccrm.kernel.api.ModuleRegistry;
import org.mosaiccrm.kernel.api.RequestParameters;
import org.mosaiccrm.kernel.api.paging.Page;
import org.mosaiccrm.kernel.api.paging.PageRequest;
import org.mosaiccrm.kernel.api.problem.ProblemException;
import org.mosaiccrm.notifications.api.Notification;
import org.mosaiccrm.notifications.api.NotificationQuery;
import org.mosaiccrm.notifications.api.NotificationService;
import org.mosaiccrm.notifications.api.NotificationState;
import org.mosaiccrm.notifications.impl.NotificationsModule;

@Command(scope = "crm", name = "notification-list", description = "Lists the outbox, newest first: state, attempts, the server's last answer.")
@Service
public class NotificationListCommand implements Action {

    @Option(name = "--state", description = "QUEUED, SENDING, SENT, FAILED, DEAD, NOT_SENDABLE or CANCELLED.")
    @Completion(value = StringsCompleter.class, values = { "QUEUED", "SENDING", "SENT", "FAILED", "DEAD", "NOT_SENDABLE", "CANCELLED" })
    String state;

    @Option(name = "--customer", description = "Only this customer's (an id).")
    String customerId;

    @Option(name = "--template", description = "Only this template's, e.g. shipping-notice.")
    @Completion(value = StringsCompleter.class, values = { "shipping-notice", "backorder-notice", "reorder-reminder", "ticket-opened",
            "ticket-answered", "ticket-resolved", "supervisor-alert" })
    String template;

    @Option(name = "--limit", description = "How many to show (default 50, at most 500).")
    int limit = 50;

    @Reference(optional = true)
    NotificationService notifications;

    @Reference(optional = true)
    ModuleRegistry registry;

    @Override
    public Object execute() throws Exception {
        NotificationService service = CommandRefusals.require(notifications, NotificationsModule.NAME, registry);
        try {
            NotificationState wanted = state == null ? null : RequestParameters.enumValue(NotificationState.class, "--state", state);
            if (template != null && !service.templates().contains(template)) {
                throw CommandRefusals.refused("--template: one of " + service.templates());
            }
            Page<Notification> page = service.list(new NotificationQuery(wanted, customerId, template),
                    new PageRequest(0, Math.max(1, Math.min(limit, PageRequest.MAX_LIMIT))));
            ShellTable table = new ShellTable();
            for (String column : new String[] { "Id", "Created", "Template", "To", "State", "Attempts" }) {
                table.column(column);
            }
            table.column("Last answer").maxSize(60);
            for (Notification n : page.items()) {
                table.addRow().addContent(n.id(), n.createdAt(), n.template(), n.address() == null ? "-" : n.address(), n.state(), n.attempts(),
                        n.lastError() == null ? "" : n.lastError());
            }
            table.print(System.out);
            System.out.println(page.items().size() + " of " + page.total() + " notifications");
        } catch (ProblemException e) {
            throw CommandRefusals.refused("Not listed", e);
        }
        return null;
    }
}
