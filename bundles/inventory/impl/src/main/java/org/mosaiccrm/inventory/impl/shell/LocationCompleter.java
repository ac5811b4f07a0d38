package org.mosaiccrm.inventory.impl.shell;

import java.util.List;

import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.mosaiccrm.commons.shell.NamedIdCompleter;
import org.mosaiccrm.inventory.api.InventoryService;
import org.mosaiccrm.inventory.api.Location;

/** Completes location codes, each described by its name and region. */
@Service
public class LocationCompleter extends NamedIdCompleter<Location> {

    @Reference(optional = true)
    InventoryService inventory;

    @Override
    protected List<Location> records() {
        return inventory == null ? List.of() : inventory.locations();
    }

    @Override
    protected String id(Location location) {
        return location.code();
    }

    @Override
    protected String describe(Location location) {
        return location.name() + " (" + location.regionName() + ")";
    }
}
