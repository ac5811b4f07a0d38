package org.mosaiccrm.kernel.api;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/** The kernel's view of every installed module. */
@ProviderType
public interface ModuleRegistry {

    /** Every installed module, sorted by name. */
    List<ModuleStatus> modules();

    /** The installed module of that name, if any. */
    Optional<ModuleStatus> module(String name);
}
