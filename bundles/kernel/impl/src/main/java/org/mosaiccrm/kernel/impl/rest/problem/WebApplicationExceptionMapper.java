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
import org.mosaiccrm.kernel.impl.rest.CrmApplication;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;

import com.fasterxml.jackson.core.JsonProcessingException;

/**
 * What the JAX-RS runtime itself rejects (unknown path, wrong method, unsupported media type...)
 * as problem documents instead of the runtime's HTML or XML fault pages.
 */
@Component(service = ExceptionMapper.class)
@JaxrsExtension
@JaxrsName(CrmApplication.PROBLEMS_JAXRS)
@JaxrsApplicationSelect(CrmRest.APPLICATION_SELECT)
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Context
    UriInfo uri;

    @Context
    Request request;

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(WebApplicationException e) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return ProblemResponses.of(json, uri);
        }
        Response original = e.getResponse();
        int status = original == null ? 500 : original.getStatus();
        Response problem = ProblemResponses.of(status, slug(status), title(status), detail(status, e), uri);
        return keepHeaders(original, problem);
    }

    private String detail(int status, WebApplicationException e) {
        String path = safe(() -> ProblemResponses.requestPath(uri));
        return switch (status) {
            case 404 -> "There is nothing at " + path + ".";
            case 405 -> safe(() -> request.getMethod()) + " is not allowed on " + path + ".";
            case 406 -> "This resource cannot answer in the requested media type; ask for application/json.";
            case 415 -> "Content type '" + safe(() -> String.valueOf(headers.getMediaType()))
                    + "' is not supported here; send application/json.";
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
