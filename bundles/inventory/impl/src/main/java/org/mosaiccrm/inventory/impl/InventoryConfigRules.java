package org.mosaiccrm.inventory.impl;

import java.util.List;

import org.mosaiccrm.inventory.impl.catalog.ProductRules;
import org.mosaiccrm.kernel.api.config.ConfigurationRules;
import org.mosaiccrm.kernel.api.config.ConfigurationValues;
import org.mosaiccrm.kernel.api.problem.FieldError;

/**
 * What {@link InventoryConfig} must hold beyond its metatype, judged by the kernel before any component
 * sees a change (named in {@code META-INF/services/org.mosaiccrm.kernel.api.config.ConfigurationRules}).
 * Each rule runs the code the module runs with.
 */
public final class InventoryConfigRules implements ConfigurationRules {

    @Override
    public String pid() {
        return InventoryConfig.PID;
    }

    @Override
    public void check(ConfigurationValues values, List<FieldError> errors) {
        values.check(errors, "defaultCurrency", value -> {
            if (!ProductRules.isCurrency(value[0].trim())) {
                throw new IllegalArgumentException("'" + value[0] + "' is not an ISO 4217 currency code such as EUR");
            }
        });
        values.check(errors, "trackingUrls", value -> TrackingLinks.parse(value));
        values.check(errors, "zone", value -> java.time.ZoneId.of(value[0].trim()));
    }
}
