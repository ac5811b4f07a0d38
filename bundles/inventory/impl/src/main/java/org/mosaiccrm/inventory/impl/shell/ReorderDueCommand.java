package org.mosaiccrm.inventory.impl.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.mosaiccrm.commons.shell.CommandRefusals;
import org.mosaiccrm.inventory.api.InventoryService;
import org.mosaiccrm.inventory.api.ReorderPrediction;
import org.mosaiccrm.inventory.impl.InventoryModule;
import org.mosaiccrm.kernel.api.ModuleRegistry;
import org.mosaiccrm.kernel.api.paging.PageRequest;
import org.mosaiccrm.kernel.api.problem.ProblemException;

@Command(scope = "crm", name = "inventory-due", description = "Lists the customers expected to reorder a product within the next "
        + "days (from their own purchase intervals), the soonest first, with how sure each prediction is.")
@Service
public class ReorderDueCommand implements Action {

    @Argument(index = 0, name = "days", description = "Within how many days (default 7, at most 365)")
    int days = 7;

    @Option(name = "--limit", description = "Predictions listed (default 50)")
    int limit = 50;

    @Reference(optional = true)
    InventoryService inventory;

    @Reference
    ModuleRegistry modules;

    @Override
    public Object execute() throws Exception {
        InventoryService service = CommandRefusals.require(inventory, InventoryModule.NAME, modules);
        try {
            var page = service.dueToReorder(days, PageRequest.first(Math.max(1, Math.min(limit, PageRequest.MAX_LIMIT))));
            if (page.items().isEmpty()) {
                System.out.println("Nobody is due to reorder within " + days + " days.");
                return null;
            }
            System.out.printf("%-11s %-36s %-20s %9s %6s  %s%n", "EXPECTED", "CUSTOMER", "SKU", "EVERY", "BUYS", "CERTAINTY");
            for (ReorderPrediction p : page.items()) {
                System.out.printf("%-11s %-36s %-20s %7.1f d %6d  %s (%.2f)%n", p.expectedOn(), p.customerId(), p.sku(),
                        p.averageIntervalDays(), p.purchases(), p.certainty(), p.confidence());
            }
            System.out.println(page.items().size() + " of " + page.total() + " due within " + days + " days.");
        } catch (ProblemException e) {
            throw CommandRefusals.refused("No predictions", e);
        }
        return null;
    }
}
