package org.mosaiccrm.kernel.impl.security;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

import javax.annotation.Priority;
import javax.ws.rs.Priorities;
import javax.ws.rs.WebApplicationException;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.ResourceInfo;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.Response;

import org.mosaiccrm.kernel.api.CrmRest;
import org.mosaiccrm.kernel.api.security.BodyLimit;
import org.mosaiccrm.kernel.impl.rest.problem.ProblemResponses;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ServiceScope;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;

/**
 * Refuses request bodies above the configured size with 413, whether the client announces the size
 * ({@code Content-Length}) or streams it: a body never fills the server's memory. A method may raise
 * its own limit with {@link BodyLimit} (uploads it streams to disk); hence a filter after matching.
 */
@Component(service = ContainerRequestFilter.class, configurationPid = SecurityConfig.PID, scope = ServiceScope.PROTOTYPE)
@JaxrsExtension
@JaxrsName(CrmRest.LIMITS_EXTENSION)
@JaxrsApplicationSelect(CrmRest.ALL_APPLICATIONS_SELECT)
@Priority(Priorities.AUTHENTICATION - 100)
public class RequestLimitFilter implements ContainerRequestFilter {

    private final int maxBodyBytes;

    @Context
    ResourceInfo resource;

    @Activate
    public RequestLimitFilter(SecurityConfig config) {
        this.maxBodyBytes = config.maxBodyBytes();
    }

    @Override
    public void filter(ContainerRequestContext request) {
        // a NUL in ?name= once matched every customer: no parameter carries control characters
        // (a broken %-escape never gets here: RebuildWindowFilter answers 400 before CXF decodes the query)
        for (var parameter : request.getUriInfo().getQueryParameters().entrySet()) {
            for (String value : parameter.getValue()) {
                if (value != null && TextRules.hasControlCharacters(value, false)) { // ?from (no '=') has no value
                    request.abortWith(ProblemResponses.of(400, "validation", "Invalid parameter", "The parameter '"
                            + TextRules.printable(parameter.getKey()) + "' holds control characters or broken Unicode.", null));
                    return;
                }
            }
        }
        long max = limitOf(resource);
        if (request.getLength() > max) {
            request.abortWith(tooLarge(max));
            return;
        }
        if (request.hasEntity()) {
            request.setEntityStream(new LimitedStream(request.getEntityStream(), max));
        }
    }

    private long limitOf(ResourceInfo matched) {
        BodyLimit limit = null;
        if (matched != null && matched.getResourceMethod() != null) {
            limit = matched.getResourceMethod().getAnnotation(BodyLimit.class);
            if (limit == null) {
                limit = matched.getResourceClass().getAnnotation(BodyLimit.class);
            }
        }
        return limit == null ? maxBodyBytes : limit.megabytes() * 1024L * 1024L;
    }

    static Response tooLarge(long max) {
        return ProblemResponses.of(413, "payload-too-large", "Payload too large",
                "The request body is larger than the " + max + " bytes this server accepts.", null);
    }

    /** Counts what is read and stops the request once the limit is passed. */
    static final class LimitedStream extends FilterInputStream {
        private final long max;
        private long read;

        LimitedStream(InputStream in, long max) {
            super(in);
            this.max = max;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) {
            read += n;
            if (read > max) {
                throw new WebApplicationException(tooLarge(max));
            }
        }
    }
}
