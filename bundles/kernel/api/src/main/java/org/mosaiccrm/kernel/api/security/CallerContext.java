package org.mosaiccrm.kernel.api.security;

import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Who is calling the current thread: the REST user of this request, or the console user running a
 * command. Empty for the system itself (timers, the license watcher).
 */
@ProviderType
public interface CallerContext {

    Optional<Caller> caller();

    /** What the caller may see: services scope every read and write of a portal customer with it. */
    PortalScope portalScope();

    /**
     * The task, to run on another thread as the current caller: work a request or a command hands to
     * a background job keeps its user (audit, portal scope).
     */
    Runnable propagating(Runnable task);

    /** The caller's name, or {@code system} when there is none: what audit records show. */
    default String name() {
        return caller().map(Caller::name).orElse("system");
    }
}
