package org.mosaiccrm.kernel.api;

import java.util.Objects;

/**
 * One module as the kernel sees it.
 *
 * @param name    the module (and license feature) name
 * @param title   human-readable title
 * @param version version of the module's impl bundle
 * @param state   current state
 * @param reason  why the module is not {@link ModuleState#ACTIVE}; {@code null} when it is
 */
public record ModuleStatus(String name, String title, String version, ModuleState state, String reason) {
    public ModuleStatus {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(state, "state");
    }
}
