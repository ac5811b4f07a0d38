package org.mosaiccrm.contacts.impl.ui;

import java.util.List;
import java.util.Set;

import org.mosaiccrm.contacts.api.ContactService;
import org.mosaiccrm.contacts.impl.ContactsModule;
import org.mosaiccrm.kernel.api.security.CrmRoles;
import org.mosaiccrm.kernel.api.ui.Screen;
import org.mosaiccrm.kernel.api.ui.ScreenContribution;
import org.mosaiccrm.kernel.api.ui.Titles;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardResource;

/**
 * Contacts' screens (docs/web.md): the customers (search as you type, the 360° view, create and edit,
 * the screen pop's landing), the import wizard, and the portal's profile section. Contributed while the
 * ContactService runs; the ES modules are this bundle's {@code /ui}, served at {@code /crm/ui/contacts/}.
 */
@Component(service = ScreenContribution.class)
@HttpWhiteboardResource(pattern = "/crm/ui/contacts/*", prefix = "/ui")
public class ContactsScreens implements ScreenContribution {

    @Activate
    public ContactsScreens(@Reference ContactService contacts) {
        // contributed while contacts runs
    }

    @Override
    public String module() {
        return ContactsModule.NAME;
    }

    @Override
    public List<Screen> screens() {
        return List.of(
                new Screen("customers", Titles.of("Customers", "Clients"), "people", Set.of(), "customers.js", 10),
                new Screen("import", Titles.of("Import", "Importer"), "upload",
                        Set.of(CrmRoles.ADMIN, CrmRoles.MANAGER), "import.js", 15));
    }

    @Override
    public List<Screen> portalPanels() {
        return List.of(new Screen("profile", Titles.of("My details", "Mes coordonnées"), "person", Set.of(CrmRoles.CUSTOMER),
                "portal-profile.js", 10));
    }
}
