package org.mosaiccrm.kernel.api;

import java.util.List;
import java.util.Objects;

/**
 * One module as the kernel sees it.
 *
 * @param name     the module (and license feature) name
 * @param title    human-readable title
 * @param version  version of the module's impl bundle
 * @param state    current state
 * @param reason   why the module is not {@link ModuleState#ACTIVE}; {@code null} when it is
 * @param warnings what an administrator should fix although the module runs, e.g. a refused configuration
 *                 it runs without
 */
public record ModuleStatus(String name, String title, String version, ModuleState state, String reason, List<String> warnings) {

    public ModuleStatus {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(state, "state");
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    /** A status without warnings. */
    public ModuleStatus(String name, String title, String version, ModuleState state, String reason) {
        this(name, title, version, state, reason, List.of());
    }
}
