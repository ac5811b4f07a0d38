package org.mosaiccrm.service.impl.ui;

import java.util.List;
import java.util.Set;

import org.mosaiccrm.kernel.api.security.CrmRoles;
import org.mosaiccrm.kernel.api.ui.Screen;
import org.mosaiccrm.kernel.api.ui.ScreenContribution;
import org.mosaiccrm.kernel.api.ui.Titles;
import org.mosaiccrm.service.api.ServiceDesk;
import org.mosaiccrm.service.impl.ServiceModule;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardResource;

/**
 * The module's screens in the web desktop (docs/web.md): the ticket queues and a ticket's page, the
 * knowledge base, the customer's tickets in the 360° view, and "my requests" in the portal. The ES modules
 * are this bundle's {@code /ui}, served at {@code /crm/ui/service/}, with the public survey page.
 */
@Component(service = ScreenContribution.class)
@HttpWhiteboardResource(pattern = "/crm/ui/service/*", prefix = "/ui")
public class ServiceScreens implements ScreenContribution {

    private static final Set<String> STAFF = Set.of(CrmRoles.ADMIN, CrmRoles.MANAGER, CrmRoles.AGENT);
    private static final Set<String> EVERY_STAFF = Set.of(CrmRoles.ADMIN, CrmRoles.MANAGER, CrmRoles.AGENT, CrmRoles.SALES,
            CrmRoles.MARKETING);

    @Activate
    public ServiceScreens(@Reference ServiceDesk desk) {
        // contributed while the module runs
    }

    @Override
    public String module() {
        return ServiceModule.NAME;
    }

    @Override
    public List<Screen> screens() {
        return List.of(new Screen("tickets", Titles.of("Tickets", "Tickets"), "lifebuoy", STAFF, "tickets.js", 40),
                new Screen("knowledge", Titles.of("Knowledge base", "Base de connaissances"), "book", EVERY_STAFF, "knowledge.js", 45));
    }

    @Override
    public List<Screen> customerPanels() {
        return List.of(new Screen("tickets", Titles.of("Service requests", "Demandes de service"), "lifebuoy", EVERY_STAFF,
                "customer-tickets.js", 30));
    }

    @Override
    public List<Screen> portalPanels() {
        return List.of(new Screen("my-requests", Titles.of("My requests", "Mes demandes"), "lifebuoy", Set.of(CrmRoles.CUSTOMER),
                "my-requests.js", 30));
    }
}
