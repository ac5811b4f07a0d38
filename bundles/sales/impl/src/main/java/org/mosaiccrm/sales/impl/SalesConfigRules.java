package org.mosaiccrm.sales.impl;

import java.util.List;

import org.mosaiccrm.kernel.api.config.ConfigurationRules;
import org.mosaiccrm.kernel.api.config.ConfigurationValues;
import org.mosaiccrm.kernel.api.problem.FieldError;
import org.mosaiccrm.sales.impl.pipeline.PipelineSettings;

/**
 * What {@link SalesConfig} must hold beyond its metatype. The kernel runs these rules before any component sees a
 * changed configuration (named in {@code META-INF/services/org.mosaiccrm.kernel.api.config.ConfigurationRules}); a
 * refused configuration is reported and the module keeps its last good one. Each rule runs the parser the module
 * runs with ({@link PipelineSettings}). That a stage still holding opportunities is not removed is checked by the
 * service itself when the configuration arrives (it needs the database).
 */
public final class SalesConfigRules implements ConfigurationRules {

    @Override
    public String pid() {
        return SalesConfig.PID;
    }

    @Override
    public void check(ConfigurationValues values, List<FieldError> errors) {
        values.check(errors, "stages", PipelineSettings::stages);
        values.check(errors, "currency", value -> PipelineSettings.currency(value[0]));
        values.check(errors, "teams", value -> PipelineSettings.teams(value).keySet().stream().filter(user -> !values.isKnownUser(user))
                .findFirst().ifPresent(user -> {
                    throw new IllegalArgumentException(user + " is not a user of the CRM");
                }));
        values.check(errors, "zone", value -> PipelineSettings.zone(value[0]));
        values.check(errors, "seller", value -> PipelineSettings.seller(value[0]));
    }
}
