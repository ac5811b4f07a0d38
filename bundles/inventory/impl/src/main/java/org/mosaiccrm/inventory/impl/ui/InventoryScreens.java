package org.mosaiccrm.inventory.impl.ui;

import java.util.List;
import java.util.Set;

import org.mosaiccrm.inventory.api.InventoryService;
import org.mosaiccrm.inventory.impl.InventoryModule;
import org.mosaiccrm.kernel.api.security.CrmRoles;
import org.mosaiccrm.kernel.api.ui.Screen;
import org.mosaiccrm.kernel.api.ui.ScreenContribution;
import org.mosaiccrm.kernel.api.ui.Titles;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardResource;

/**
 * Inventory's screens (docs/web.md): orders, the catalog with its stock, the customer's purchases in the
 * 360° view (account, orders, warranties, suggestions), and the customer's own orders in the portal.
 * Contributed while the module runs; served at {@code /crm/ui/inventory/}.
 */
@Component(service = ScreenContribution.class)
@HttpWhiteboardResource(pattern = "/crm/ui/inventory/*", prefix = "/ui")
public class InventoryScreens implements ScreenContribution {

    private static final Set<String> SALES = Set.of(CrmRoles.ADMIN, CrmRoles.MANAGER, CrmRoles.SALES, CrmRoles.AGENT);
    private static final Set<String> MANAGERS = Set.of(CrmRoles.ADMIN, CrmRoles.MANAGER);

    @Activate
    public InventoryScreens(@Reference InventoryService inventory) {
        // contributed while the module runs
    }

    @Override
    public String module() {
        return InventoryModule.NAME;
    }

    @Override
    public List<Screen> screens() {
        return List.of(new Screen("orders", Titles.of("Orders", "Commandes"), "cart", SALES, "orders.js", 30),
                new Screen("products", Titles.of("Products", "Produits"), "box", SALES, "products.js", 35),
                new Screen("replenishment", Titles.of("Replenishment", "Réapprovisionnement"), "truck", MANAGERS, "replenishment.js", 36));
    }

    @Override
    public List<Screen> customerPanels() {
        return List.of(new Screen("purchases", Titles.of("Purchases and account", "Achats et compte"), "cart", SALES, "purchases.js", 20));
    }

    @Override
    public List<Screen> portalPanels() {
        return List.of(new Screen("my-orders", Titles.of("My orders", "Mes commandes"), "cart", Set.of(CrmRoles.CUSTOMER),
                "my-orders.js", 20));
    }
}
