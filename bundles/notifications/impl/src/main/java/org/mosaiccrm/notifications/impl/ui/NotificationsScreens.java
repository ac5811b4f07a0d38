package org.mosaiccrm.notifications.impl.ui;

import java.util.List;
import java.util.Set;

import org.mosaiccrm.kernel.api.security.CrmRoles;
import org.mosaiccrm.kernel.api.ui.Screen;
import org.mosaiccrm.kernel.api.ui.ScreenContribution;
import org.mosaiccrm.kernel.api.ui.Titles;
import org.mosaiccrm.notifications.api.NotificationService;
import org.mosaiccrm.notifications.impl.NotificationsModule;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardResource;

/**
 * The module's screens (docs/web.md): the outbox (what waits, what failed and why, send again, the templates'
 * previews), a customer's e-mails and consent to reminders in the 360° view, and the portal's "my e-mail reminders".
 */
@Component(service = ScreenContribution.class)
@HttpWhiteboardResource(pattern = "/crm/ui/notifications/*", prefix = "/ui")
public class NotificationsScreens implements ScreenContribution {

    private static final Set<String> OUTBOX = Set.of(CrmRoles.ADMIN, CrmRoles.MANAGER);
    private static final Set<String> STAFF = Set.of(CrmRoles.ADMIN, CrmRoles.MANAGER, CrmRoles.SALES, CrmRoles.AGENT);

    @Activate
    public NotificationsScreens(@Reference NotificationService notifications) {
        // contributed while the module runs
    }

    @Override
    public String module() {
        return NotificationsModule.NAME;
    }

    @Override
    public List<Screen> screens() {
        return List.of(new Screen("outbox", Titles.of("E-mails", "E-mails"), "mail", OUTBOX, "outbox.js", 80));
    }

    @Override
    public List<Screen> customerPanels() {
        return List.of(new Screen("e-mails", Titles.of("E-mails", "E-mails"), "mail", STAFF, "customer-emails.js", 70));
    }

    @Override
    public List<Screen> portalPanels() {
        return List.of(new Screen("reminders", Titles.of("E-mail reminders", "Rappels par e-mail"), "mail", Set.of(CrmRoles.CUSTOMER),
                "portal-reminders.js", 50));
    }
}
