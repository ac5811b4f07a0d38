package org.mosaiccrm.kernel.api.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Raises the request body limit for one resource method, e.g. a file upload that the method
 * streams to disk. Every other method keeps the server's limit ({@code maxBodyBytes}, 1 MiB).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.METHOD, ElementType.TYPE })
public @interface BodyLimit {

    /** The largest body accepted, in mebibytes. */
    int megabytes();
}
