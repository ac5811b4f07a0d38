package org.mosaiccrm.inventory.impl.persistence;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EntityListeners;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Id;
import javax.persistence.Table;

import org.mosaiccrm.commons.jpa.ColumnLimits;
import org.mosaiccrm.inventory.api.Location;

/** Table {@code INVENTORY_LOCATION}: stores and warehouses. */
@EntityListeners(ColumnLimits.class)
@Entity(name = "LocationEntity")
@Table(name = "INVENTORY_LOCATION")
public class LocationEntity {

    @Id
    @Column(name = "CODE", length = 32)
    public String code;

    @Column(name = "NAME", length = 200, nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "KIND", length = 16, nullable = false)
    public Location.Kind kind;

    @Column(name = "REGION_CODE", length = 32, nullable = false)
    public String regionCode;

    @Column(name = "REGION_NAME", length = 100, nullable = false)
    public String regionName;

    @Column(name = "ADDRESS", length = 500)
    public String address;

    public Location toLocation() {
        return new Location(code, name, kind, regionCode, regionName, address);
    }
}
