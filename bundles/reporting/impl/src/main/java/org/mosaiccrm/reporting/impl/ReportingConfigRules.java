package org.mosaiccrm.reporting.impl;

import java.time.ZoneId;
import java.util.List;

import org.mosaiccrm.kernel.api.config.ConfigurationRules;
import org.mosaiccrm.kernel.api.config.ConfigurationValues;
import org.mosaiccrm.kernel.api.problem.FieldError;

/**
 * What {@link ReportingConfig} must hold beyond its metatype, judged by the kernel before any component sees
 * a changed configuration; a refused one is reported and the module keeps its last good configuration.
 */
public final class ReportingConfigRules implements ConfigurationRules {

    @Override
    public String pid() {
        return ReportingConfig.PID;
    }

    @Override
    public void check(ConfigurationValues values, List<FieldError> errors) {
        values.check(errors, "zone", value -> ZoneId.of(value[0].trim()));
        values.check(errors, "reportFolder", value -> ReportingSettings.folder(value[0]));
    }
}
