package org.mosaiccrm.inventory.impl.shell;

import java.util.List;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.mosaiccrm.commons.shell.CommandRefusals;
import org.mosaiccrm.inventory.api.InventoryService;
import org.mosaiccrm.inventory.api.StockLevel;
import org.mosaiccrm.inventory.impl.InventoryModule;
import org.mosaiccrm.kernel.api.ModuleRegistry;
import org.mosaiccrm.kernel.api.problem.ProblemException;

@Command(scope = "crm", name = "inventory-stock", description = "Shows a product's stock at every location: on hand, reserved, available.")
@Service
public class StockCommand implements Action {

    @Argument(index = 0, name = "sku", description = "The product's SKU", required = true)
    @Completion(SkuCompleter.class)
    String sku;

    @Argument(index = 1, name = "location", description = "Only this location (its code)")
    String location;

    @Reference(optional = true)
    InventoryService inventory;

    @Reference
    ModuleRegistry modules;

    @Override
    public Object execute() throws Exception {
        InventoryService service = CommandRefusals.require(inventory, InventoryModule.NAME, modules);
        List<StockLevel> levels;
        try {
            levels = service.stock(sku, location);
        } catch (ProblemException e) {
            throw CommandRefusals.refused("No stock shown", e);
        }
        System.out.printf("%-16s %10s %10s %10s%n", "LOCATION", "ON HAND", "RESERVED", "AVAILABLE");
        long total = 0;
        for (StockLevel level : levels) {
            System.out.printf("%-16s %10d %10d %10d%n", level.location(), level.onHand(), level.reserved(), level.available());
            total += level.available();
        }
        System.out.println(levels.isEmpty() ? "No stock of " + sku + " anywhere." : total + " available in all.");
        return null;
    }
}
