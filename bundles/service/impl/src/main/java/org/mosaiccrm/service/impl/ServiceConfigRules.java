package org.mosaiccrm.service.impl;

import java.util.List;

import org.mosaiccrm.commons.forms.PublicForms;
import org.mosaiccrm.kernel.api.config.ConfigurationRules;
import org.mosaiccrm.kernel.api.config.ConfigurationValues;
import org.mosaiccrm.kernel.api.problem.FieldError;
import org.mosaiccrm.service.impl.routing.RoutingRules;

/**
 * What {@link ServiceConfig} must hold beyond its metatype, judged by the kernel before the components see
 * it (declared in {@code META-INF/services}). Each rule runs the parser {@link Settings} uses.
 */
public final class ServiceConfigRules implements ConfigurationRules {

    @Override
    public String pid() {
        return ServiceConfig.PID;
    }

    @Override
    public void check(ConfigurationValues values, List<FieldError> errors) {
        values.check(errors, "categories", value -> Settings.names(value[0], "category"));
        values.check(errors, "languages", value -> Settings.languages(value[0]));
        values.check(errors, "categorySkills", value -> RoutingRules.parse(value, null));
        values.check(errors, "productSkills", value -> RoutingRules.parse(null, value));
        values.check(errors, "defaultTeam", value -> Settings.team(value[0]));
        values.check(errors, "complaintCategory", value -> {
            List<String> categories = values.has("categories") ? Settings.names(values.strings("categories")[0], "category")
                    : Settings.names("inquiry, complaint, return, technical, billing", "category");
            if (!categories.contains(value[0].trim().toLowerCase(java.util.Locale.ROOT))) {
                throw new IllegalArgumentException("'" + value[0] + "' is not one of the categories " + categories);
            }
        });
        values.check(errors, "captureOrigins", value -> ConfigurationValues.entries(value).forEach(PublicForms::requireOrigin));
        values.check(errors, "attachmentTypes", value -> Settings.attachmentTypes(value[0]));
        values.check(errors, "prompts", value -> org.mosaiccrm.service.impl.prompts.Prompts.parse(value[0]));
        values.check(errors, "honeypotField", value -> PublicForms.requireFieldName(value[0]));
    }
}
