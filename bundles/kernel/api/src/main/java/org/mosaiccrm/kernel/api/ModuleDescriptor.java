package org.mosaiccrm.kernel.api;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Registered as an OSGi service by every module's impl bundle, without any license requirement,
 * so that the kernel can list a module that is installed but dormant. The module's version is
 * the version of the bundle that registers the descriptor.
 */
@ConsumerType
public interface ModuleDescriptor {

    /**
     * Component property ({@code crm.optional=true}) of a component that needs another module's
     * service and whose absence is by design, not a fault: the module degrades (e.g. leads converts
     * only while contacts runs). The kernel does not report the module WAITING for it.
     */
    String OPTIONAL_COMPONENT = "crm.optional";

    /** Short, stable name; also the license feature name, e.g. {@code contacts}. */
    String name();

    /** Human-readable title, e.g. {@code Contacts}. */
    String title();

    /** Whether the module runs only when the license names it. Only the kernel itself says no. */
    default boolean requiresLicense() {
        return true;
    }
}
