package org.mosaiccrm.kernel.api.config;

import java.util.List;

import org.mosaiccrm.kernel.api.problem.FieldError;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * A module's rules for its configuration beyond what its metatype says (types, minimums, unknown keys:
 * the kernel checks those itself): the format of a list, a region code, that a user exists.
 * <p>
 * Declared by naming the class in the impl bundle's
 * {@code META-INF/services/org.mosaiccrm.kernel.api.config.ConfigurationRules} (the {@link java.util.ServiceLoader}
 * format) rather than as an OSGi service: the kernel needs the rules at the moment Declarative Services
 * reads the configuration, which is before any component of the bundle is registered. The class needs a
 * public constructor without arguments and must not keep state.
 */
@ConsumerType
public interface ConfigurationRules {

    /** The configuration these rules judge, e.g. {@code org.mosaiccrm.leads}. */
    String pid();

    /**
     * Adds an error, named after the key, for every value the module cannot run with. Only keys that are
     * present need checking: an absent key takes its default, which is valid by construction.
     */
    void check(ConfigurationValues values, List<FieldError> errors);
}
