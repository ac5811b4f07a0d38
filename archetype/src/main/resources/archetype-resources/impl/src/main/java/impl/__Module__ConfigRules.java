package ${package}.impl;

import java.util.List;

import ${package}.impl.records.${Module}Rules;
import org.mosaiccrm.kernel.api.config.ConfigurationRules;
import org.mosaiccrm.kernel.api.config.ConfigurationValues;
import org.mosaiccrm.kernel.api.problem.FieldError;

/**
 * What {@link ${Module}Config} must hold beyond its metatype. The kernel runs these rules before any
 * component sees a changed configuration (they are named in
 * {@code META-INF/services/org.mosaiccrm.kernel.api.config.ConfigurationRules}); a refused configuration
 * is reported and the module keeps its last good one. Each rule runs the code the module runs with.
 */
public final class ${Module}ConfigRules implements ConfigurationRules {

    @Override
    public String pid() {
        return ${Module}Config.PID;
    }

    @Override
    public void check(ConfigurationValues values, List<FieldError> errors) {
        values.check(errors, "maxTitleLength", value -> new ${Module}Rules(Integer.parseInt(value[0].trim())));
    }
}
