package org.mosaiccrm.inventory.impl.catalog;

import java.util.ArrayList;
import java.util.List;

import org.mosaiccrm.inventory.api.Location;
import org.mosaiccrm.kernel.api.problem.FieldError;
import org.mosaiccrm.kernel.api.problem.ValidationException;

/** What a location must be: a code, a name, a kind, a region. */
final class LocationRules {

    private LocationRules() {
    }

    static Location check(Location location) {
        if (location == null) {
            throw new ValidationException("code", "the request body must be a location");
        }
        List<FieldError> errors = new ArrayList<>();
        String code = ProductRules.trim(location.code());
        if (code == null || !code.matches("[A-Za-z0-9][A-Za-z0-9_-]{0,31}")) {
            errors.add(new FieldError("code", "is required: 1 to 32 letters, digits, dashes or underscores, e.g. LYON-WH"));
        }
        String name = ProductRules.trim(location.name());
        if (name == null) {
            errors.add(new FieldError("name", "is required"));
        }
        FieldError.checkLength(errors, "name", name, 200);
        if (location.kind() == null) {
            errors.add(new FieldError("kind", "is required: STORE or WAREHOUSE"));
        }
        String region = ProductRules.trim(location.regionCode());
        if (region == null || !region.matches("[A-Za-z0-9_-]{1,32}")) {
            errors.add(new FieldError("regionCode", "is required: 1 to 32 letters, digits or dashes, e.g. SOUTH"));
        }
        String regionName = ProductRules.trim(location.regionName()) == null ? region : ProductRules.trim(location.regionName());
        FieldError.checkLength(errors, "regionName", regionName, 100);
        FieldError.checkLength(errors, "address", location.address(), 500);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return new Location(code, name, location.kind(), region, regionName, ProductRules.trim(location.address()));
    }
}
