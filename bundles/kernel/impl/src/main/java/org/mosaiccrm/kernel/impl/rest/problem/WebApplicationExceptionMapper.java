package org.mosaiccrm.kernel.impl.rest.problem;

import java.util.List;
import java.util.Map;

import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.Request;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;
import javax.ws.rs.ext.ExceptionMapper;

import org.mosaiccrm.kernel.api.CrmRest;
import org.mosaiccrm.kernel.api.ModuleRegistry;
import org.mosaiccrm.kernel.api.ModuleState;
import org.mosaiccrm.kernel.api.ModuleStatus;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ServiceScope;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;

import com.fasterxml.jackson.core.JsonProcessingException;

/**
 * What the JAX-RS runtime itself rejects (unknown path, wrong method, unsupported media type...)
 * as problem documents instead of the runtime's HTML or XML fault pages.
 * <p>
 * A module serves its resources under {@code /crm/api/<module name>/}. When such a path finds no
 * resource because the module is installed but dormant, the client learns why: 403 for a module
 * the license does not grant (or that expired), 503 for one waiting for a service. A module that
 * is not installed stays a plain 404.
 */
@Component(service = ExceptionMapper.class, scope = ServiceScope.PROTOTYPE)
@JaxrsExtension
@JaxrsName(CrmRest.JAXRS_PROBLEMS_EXTENSION)
@JaxrsApplicationSelect(CrmRest.ALL_APPLICATIONS_SELECT)
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Context
    UriInfo uri;

    @Context
    Request request;

    @Context
    HttpHeaders headers;

    private final ModuleRegistry modules;

    @Activate
    public WebApplicationExceptionMapper(@Reference ModuleRegistry modules) {
        this.modules = modules;
    }

    @Override
    public Response toResponse(WebApplicationException e) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return ProblemResponses.of(json, uri);
        }
        Response original = e.getResponse();
        int status = original == null ? 500 : original.getStatus();
        if (status == 404) {
            Response dormant = dormantModule();
            if (dormant != null) {
                return dormant;
            }
        }
        Response problem = ProblemResponses.of(status, slug(status), title(status), detail(status, e), uri);
        return keepHeaders(original, problem);
    }

    private Response dormantModule() {
        String module;
        try {
            // /crm/api/<module>/...: only the kernel's application sees paths of modules that have no application
            String[] segments = ProblemResponses.requestPath(uri).substring(CrmRest.BASE_PATH.length()).split("/");
            module = segments.length > 1 ? segments[1] : "";
        } catch (RuntimeException noPath) {
            return null;
        }
        ModuleStatus status = modules.module(module).orElse(null);
        if (status == null) {
            return null;
        }
        if (status.state() == ModuleState.ACTIVE && encodedTraversal()) {
            return null; // "/crm/api/contacts/..%2fsession" reaches the kernel's application by its decoded path: a plain 404
        }
        if (status.state() == ModuleState.ACTIVE) {
            // the kernel's application answering for a running module: the whiteboard has not registered the
            // module's own application yet (it does so a moment after the module's components are up)
            return inKernelApplication() ? retryLater(ProblemResponses.of(503, "module-starting", "Module starting",
                    "Module '" + module + "' is starting: its API is not served yet; retry in a second.", uri)) : null;
        }
        if (status.state() == ModuleState.WAITING || status.state() == ModuleState.FAILED) {
            return retryLater(ProblemResponses.of(503, "module-waiting", "Module not ready",
                    "Module '" + module + "' is installed but not running: " + status.reason() + ".", uri));
        }
        return ProblemResponses.of(403, "module-not-licensed", "Module not licensed",
                "Module '" + module + "' is installed but " + (status.state() == ModuleState.EXPIRED ? "its license expired"
                        : "not licensed") + ": " + status.reason() + ".", uri);
    }

    private boolean encodedTraversal() {
        try {
            String raw = uri.getRequestUri().getRawPath().toLowerCase(java.util.Locale.ROOT);
            return raw.contains("%2f") || raw.contains("%2e") || raw.contains("%5c") || raw.contains("/../") || raw.contains("/./");
        } catch (RuntimeException noUri) {
            return false;
        }
    }

    private boolean inKernelApplication() {
        try {
            return uri.getBaseUri().getPath().replaceAll("/+$", "").equals(CrmRest.BASE_PATH);
        } catch (RuntimeException noUri) {
            return false;
        }
    }

    private static Response retryLater(Response problem) {
        return Response.fromResponse(problem).header("Retry-After", "2").build();
    }

    private String detail(int status, WebApplicationException e) {
        String path = safe(() -> ProblemResponses.requestPath(uri));
        return switch (status) {
            case 404 -> "There is nothing at " + path + ".";
            case 405 -> safe(() -> request.getMethod()) + " is not allowed on " + path + ".";
            case 406 -> "This resource cannot answer in the requested media type; ask for application/json.";
            case 415 -> "Content type '" + safe(() -> String.valueOf(headers.getMediaType()))
                    + "' is not supported by " + path + ".";
            default -> e.getMessage() == null ? title(status) + "." : e.getMessage();
        };
    }

    private static String slug(int status) {
        return switch (status) {
            case 400 -> "bad-request";
            case 401 -> "unauthorized";
            case 403 -> "forbidden";
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 406 -> "not-acceptable";
            case 413 -> "payload-too-large";
            case 415 -> "unsupported-media-type";
            case 429 -> "too-many-requests";
            default -> status >= 500 ? "server-error" : "client-error";
        };
    }

    private static String title(int status) {
        Response.Status known = Response.Status.fromStatusCode(status);
        return known != null ? known.getReasonPhrase() : "HTTP " + status;
    }

    /** Keeps headers such as {@code Allow}, {@code WWW-Authenticate} and {@code Retry-After}. */
    private static Response keepHeaders(Response original, Response problem) {
        if (original == null) {
            return problem;
        }
        Response.ResponseBuilder builder = Response.fromResponse(problem);
        for (Map.Entry<String, List<Object>> header : original.getHeaders().entrySet()) {
            if (!header.getKey().equalsIgnoreCase(HttpHeaders.CONTENT_TYPE)
                    && !header.getKey().equalsIgnoreCase(HttpHeaders.CONTENT_LENGTH)) {
                for (Object value : header.getValue()) {
                    builder.header(header.getKey(), value);
                }
            }
        }
        return builder.build();
    }

    private static String safe(java.util.function.Supplier<String> value) {
        try {
            return value.get();
        } catch (RuntimeException outsideRequest) {
            return "?";
        }
    }
}
