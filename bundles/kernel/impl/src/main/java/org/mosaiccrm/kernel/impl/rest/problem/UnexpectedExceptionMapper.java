package org.mosaiccrm.kernel.impl.rest.problem;

import java.util.UUID;

import javax.ws.rs.core.Context;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;
import javax.ws.rs.ext.ExceptionMapper;

import org.mosaiccrm.kernel.api.CrmRest;
import org.mosaiccrm.kernel.api.problem.ProblemException;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ServiceScope;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The last line: a bug never reaches the client as a stack trace. A {@link ProblemException}
 * wrapped by a transaction or a proxy is unwrapped and answered as itself; a stale write detected
 * by JPA is a 409; anything else is a 500 with an incident id that is also in the log.
 */
@Component(service = ExceptionMapper.class, scope = ServiceScope.PROTOTYPE)
@JaxrsExtension
@JaxrsName(CrmRest.UNEXPECTED_PROBLEMS_EXTENSION)
@JaxrsApplicationSelect(CrmRest.ALL_APPLICATIONS_SELECT)
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = LoggerFactory.getLogger(UnexpectedExceptionMapper.class);

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof ProblemException problem) {
                return ProblemResponses.of(problem, uri);
            }
            if (cause instanceof java.sql.SQLTransientConnectionException
                    || String.valueOf(cause.getMessage()).contains("Connection is not available")) {
                // every pooled connection is busy (a burst): a moment's wait will do, not a server error
                LOG.warn("No database connection free for {}: {}", uri == null ? "a request" : uri.getPath(), cause.getMessage());
                return Response.fromResponse(ProblemResponses.of(503, "unavailable", "Service unavailable",
                        "The CRM is busy: every database connection is in use. Retry in a few seconds.", uri))
                        .header("Retry-After", "2").build();
            }
            if (cause.getClass().getSimpleName().equals("OptimisticLockException")) {
                return ProblemResponses.of(409, "conflict", "Conflict",
                        "Someone else changed this record meanwhile; reload it and apply your change again.", uri);
            }
        }
        String incident = UUID.randomUUID().toString();
        LOG.error("Unexpected error, incident {}", incident, e);
        return ProblemResponses.of(500, "server-error", "Internal error",
                "The server failed to handle this request; incident " + incident + " is in its log.", uri);
    }
}
