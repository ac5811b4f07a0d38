package org.mosaiccrm.notifications.impl.shell;

import java.util.List;

import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.mosaiccrm.commons.shell.NamedIdCompleter;
import org.mosaiccrm.kernel.api.paging.PageRequest;
import org.mosaiccrm.notifications.api.Notification;
import org.mosaiccrm.notifications.api.NotificationQuery;
import org.mosaiccrm.notifications.api.NotificationService;

/** Completes the ids of the 50 latest notifications, each shown with its state, address and subject. */
@Service
public class NotificationIdCompleter extends NamedIdCompleter<Notification> {

    @Reference(optional = true)
    NotificationService notifications;

    @Override
    protected List<Notification> records() {
        NotificationService service = notifications;
        return service == null ? List.of() : service.list(NotificationQuery.all(), PageRequest.first(50)).items();
    }

    @Override
    protected String id(Notification notification) {
        return notification.id();
    }

    @Override
    protected String describe(Notification notification) {
        return notification.state() + " " + notification.address() + " " + notification.subject();
    }
}
