package org.mosaiccrm.inventory.api;

/**
 * A store or a warehouse, in a region.
 *
 * @param code       unique, e.g. {@code LYON-WH}
 * @param regionCode e.g. {@code SOUTH}
 */
public record Location(String code, String name, Kind kind, String regionCode, String regionName, String address) {

    public enum Kind {
        STORE, WAREHOUSE
    }
}
