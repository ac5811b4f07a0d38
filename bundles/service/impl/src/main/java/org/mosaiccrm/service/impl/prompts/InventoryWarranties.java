package org.mosaiccrm.service.impl.prompts;

import java.util.List;
import java.util.Optional;

import org.mosaiccrm.inventory.api.InventoryService;
import org.mosaiccrm.inventory.api.Warranty;
import org.mosaiccrm.kernel.api.ModuleDescriptor;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Warranties from the inventory module, while it runs (its API is imported optionally: the service module
 * works without inventory, and a ticket then shows no warranty).
 */
@Component(service = WarrantyLookup.class, property = ModuleDescriptor.OPTIONAL_COMPONENT + "=true")
public class InventoryWarranties implements WarrantyLookup {

    private final InventoryService inventory;

    @Activate
    public InventoryWarranties(@Reference InventoryService inventory) {
        this.inventory = inventory;
    }

    @Override
    public Optional<Status> of(String serialNumber) {
        return inventory.warranty(serialNumber).map(w -> new Status(w.serialNumber(), w.productName(), w.ends(), w.active()));
    }

    @Override
    public Prompts.Warranty ofCustomer(String customerId) {
        List<Warranty> warranties = inventory.warranties(customerId);
        if (warranties.isEmpty()) {
            return Prompts.Warranty.UNKNOWN;
        }
        return warranties.stream().anyMatch(Warranty::active) ? Prompts.Warranty.ACTIVE : Prompts.Warranty.EXPIRED;
    }
}
