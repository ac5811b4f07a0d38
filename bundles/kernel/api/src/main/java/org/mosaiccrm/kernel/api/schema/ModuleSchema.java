package org.mosaiccrm.kernel.api.schema;

import java.time.Instant;
import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/**
 * A module's tables are at the latest version of its changelog. The kernel registers this service,
 * with the service property {@value #MODULE_PROPERTY}{@code =<module>}, once the changelog is applied,
 * and withdraws it when the module's bundle stops: a component that reads or writes the module's
 * tables references it, so it never runs against an old schema. When a change set fails, the
 * service is not registered, the module stays inactive, and {@code crm:schema} says why.
 */
@ProviderType
public interface ModuleSchema {

    /** Service property naming the module: {@value}. */
    String MODULE_PROPERTY = "crm.module";

    String module();

    /** The changelog's path inside the module's bundle. */
    String changelog();

    /** Every change set recorded in the module's history, oldest first. */
    List<String> changeSets();

    /** The change sets this start applied (empty when the schema was already up to date). */
    List<String> appliedAtStart();

    Instant checkedAt();
}
