package org.mosaiccrm.kernel.api.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Limits how often one client (by address) may call a resource method; past the limit the kernel
 * answers 429 with {@code Retry-After}. Every {@code @PermitAll} endpoint a module exposes to the
 * public (web forms, tracked links) should carry one.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.METHOD, ElementType.TYPE })
public @interface RateLimit {

    /** Calls allowed per client within {@link #perSeconds()}. */
    int requests();

    /** The window, in seconds. */
    int perSeconds() default 60;
}
