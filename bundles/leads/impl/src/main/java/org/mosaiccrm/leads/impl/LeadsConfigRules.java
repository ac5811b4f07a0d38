package org.mosaiccrm.leads.impl;

import java.util.List;

import org.mosaiccrm.commons.forms.PublicForms;
import org.mosaiccrm.commons.phone.PhoneNumbers;
import org.mosaiccrm.kernel.api.config.ConfigurationRules;
import org.mosaiccrm.kernel.api.config.ConfigurationValues;
import org.mosaiccrm.kernel.api.problem.FieldError;
import org.mosaiccrm.leads.impl.pipeline.LeadAssignment;
import org.mosaiccrm.leads.impl.pipeline.LeadScoring;

/**
 * What {@link LeadsConfig} must hold beyond its metatype, judged by the kernel before the components see
 * it (declared in {@code META-INF/services}). Each rule runs the parser the components use.
 */
public final class LeadsConfigRules implements ConfigurationRules {

    @Override
    public String pid() {
        return LeadsConfig.PID;
    }

    @Override
    public void check(ConfigurationValues values, List<FieldError> errors) {
        values.check(errors, "defaultRegion", value -> PhoneNumbers.requireRegion(value[0]));
        values.check(errors, "captureOrigins", value -> ConfigurationValues.entries(value).forEach(PublicForms::requireOrigin));
        values.check(errors, "honeypotField", value -> PublicForms.requireFieldName(value[0]));
        values.check(errors, "scoreSource", LeadScoring::sourcePoints);
        values.check(errors, "scoreFields", LeadScoring::fieldPoints);
        values.check(errors, "salesReps", value -> LeadAssignment.reps(value, values::isKnownUser));
        values.check(errors, "assignmentRules", value -> LeadAssignment.rules(value, values::isKnownUser));
    }
}
