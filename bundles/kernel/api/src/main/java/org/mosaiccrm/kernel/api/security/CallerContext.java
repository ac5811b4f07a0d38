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

    /**
     * Runs {@code work} on this thread as the system itself (no caller, no portal scope), then gives the caller back: a
     * module acting on its own behalf inside someone's request, e.g. the outbox finding where a customer's notice goes.
     *
     * @since 1.5
     */
    <T> T asSystem(java.util.function.Supplier<T> work);

    /** The caller's name, or {@code system} when there is none: what audit records show. */
    default String name() {
        return caller().map(Caller::name).orElse("system");
    }
}
