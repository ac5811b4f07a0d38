package org.mosaiccrm.inventory.impl.shell;

import java.util.List;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.CommandException;
import org.mosaiccrm.commons.shell.CommandRefusals;
import org.mosaiccrm.inventory.api.InventoryService;
import org.mosaiccrm.inventory.api.ReplenishmentSuggestion;
import org.mosaiccrm.inventory.impl.InventoryModule;
import org.mosaiccrm.kernel.api.ModuleRegistry;
import org.mosaiccrm.kernel.api.paging.PageRequest;
import org.mosaiccrm.kernel.api.problem.ProblemException;

@Command(scope = "crm", name = "inventory-replenish", description = "Lists replenishment suggestions, the most urgent first, "
        + "with why; --accept one (a transfer is recorded in the stock ledger, a purchase put on order) or --snooze it.")
@Service
public class ReplenishCommand implements Action {

    @Option(name = "--region", description = "Only destinations in this region (its code)")
    String region;

    @Option(name = "--location", description = "Only this destination; with --accept or --snooze, the suggestion's destination")
    @Completion(LocationCompleter.class)
    String location;

    @Option(name = "--sku", description = "With --accept or --snooze: the suggestion's product")
    @Completion(SkuCompleter.class)
    String sku;

    @Option(name = "--from", description = "With --accept: the transfer's source (none: the purchase)")
    @Completion(LocationCompleter.class)
    String from;

    @Option(name = "--quantity", description = "With --accept: fewer units than suggested")
    Long quantity;

    @Option(name = "--accept", description = "Accept the suggestion named by --sku, --location (and --from for a transfer)")
    boolean accept;

    @Option(name = "--snooze", description = "Leave --sku at --location out of the suggestions for this many days")
    Integer snoozeDays;

    @Option(name = "--limit", description = "Suggestions listed (default 50)")
    int limit = 50;

    @Reference(optional = true)
    InventoryService inventory;

    @Reference
    ModuleRegistry modules;

    @Override
    public Object execute() throws Exception {
        InventoryService service = CommandRefusals.require(inventory, InventoryModule.NAME, modules);
        if ((accept || snoozeDays != null) && (sku == null || location == null)) {
            throw CommandRefusals.refused("Name the suggestion with --sku and --location (see crm:inventory-replenish)");
        }
        try {
            if (snoozeDays != null) {
                service.snoozeReplenishment(sku, location, snoozeDays);
                System.out.println(sku + " at " + location + " is left out of the suggestions for " + snoozeDays + " days.");
                return null;
            }
            if (accept) {
                return accept(service);
            }
            var page = service.replenishment(region, location, PageRequest.first(Math.max(1, Math.min(limit, PageRequest.MAX_LIMIT))));
            if (page.items().isEmpty()) {
                System.out.println("Nothing to replenish: every location is at or above its minimum.");
                return null;
            }
            System.out.printf("%-9s %6s %-20s %-14s %-14s %7s%n", "ACTION", "UNITS", "SKU", "FROM", "TO", "COVER");
            for (ReplenishmentSuggestion s : page.items()) {
                System.out.printf("%-9s %6d %-20s %-14s %-14s %7s%n", s.action(), s.quantity(), s.sku(),
                        s.fromLocation() == null ? "-" : s.fromLocation(), s.location(),
                        s.daysOfCover() == null ? "-" : s.daysOfCover() + " d");
                System.out.println("          " + s.reason());
            }
            System.out.println(page.items().size() + " of " + page.total() + " suggestions.");
        } catch (ProblemException e) {
            throw CommandRefusals.refused(accept ? "Not accepted" : snoozeDays != null ? "Not snoozed" : "No suggestions", e);
        }
        return null;
    }

    private Object accept(InventoryService service) throws CommandException {
        ReplenishmentSuggestion.Action action = from == null ? ReplenishmentSuggestion.Action.PURCHASE : ReplenishmentSuggestion.Action.TRANSFER;
        long units = quantity != null ? quantity : suggested(service, action);
        ReplenishmentSuggestion.Accepted done = service.acceptReplenishment(
                new ReplenishmentSuggestion.Acceptance(sku, location, action, from, units));
        System.out.println(action == ReplenishmentSuggestion.Action.TRANSFER
                ? "Transferred " + units + " × " + sku + " from " + from + " to " + location + " (stock ledger)."
                : units + " × " + sku + " put on order for " + location + "; " + done.onOrder() + " on order in all.");
        return null;
    }

    /** The current suggestion's quantity, or a refusal saying there is none of that kind. */
    private long suggested(InventoryService service, ReplenishmentSuggestion.Action action) throws CommandException {
        List<ReplenishmentSuggestion> current = service.replenishment(null, location, PageRequest.first(PageRequest.MAX_LIMIT)).items();
        return current.stream().filter(s -> s.sku().equalsIgnoreCase(sku) && s.action() == action
                        && (from == null || from.equalsIgnoreCase(s.fromLocation())))
                .mapToLong(ReplenishmentSuggestion::quantity).findFirst()
                .orElseThrow(() -> CommandRefusals.refused("Not accepted: no " + action + " of " + sku + " to " + location
                        + (from == null ? "" : " from " + from) + " is suggested now (a transfer needs --from; see crm:inventory-replenish)"));
    }
}
