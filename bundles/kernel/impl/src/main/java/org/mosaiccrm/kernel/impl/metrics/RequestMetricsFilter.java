package org.mosaiccrm.kernel.impl.metrics;

import java.lang.reflect.Method;
import java.util.concurrent.TimeUnit;

import javax.annotation.Priority;
import javax.ws.rs.Path;
import javax.ws.rs.Priorities;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.ContainerResponseContext;
import javax.ws.rs.container.ContainerResponseFilter;
import javax.ws.rs.container.PreMatching;
import javax.ws.rs.container.ResourceInfo;
import javax.ws.rs.core.Context;

import org.mosaiccrm.kernel.api.CrmRest;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;

import io.micrometer.core.instrument.Timer;

/**
 * Times every request of every module's application: {@code crm.http.server.requests} by module, method,
 * route (the resource's path template, never the ids in it) and status. Errors are the 5xx among them. The
 * clock starts before matching, so refusals of every kind (401, 404, 400) are counted too.
 */
@Component(service = { ContainerRequestFilter.class, ContainerResponseFilter.class })
@JaxrsExtension
@JaxrsName("crm.request-metrics")
@JaxrsApplicationSelect(CrmRest.ALL_APPLICATIONS_SELECT)
@PreMatching
@Priority(Priorities.AUTHENTICATION - 200)
public class RequestMetricsFilter implements ContainerRequestFilter, ContainerResponseFilter {

    private static final String STARTED = RequestMetricsFilter.class.getName() + ".started";

    private final CrmMetrics metrics;

    @Context
    ResourceInfo resource;

    @Activate
    public RequestMetricsFilter(@Reference CrmMetrics metrics) {
        this.metrics = metrics;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        request.setProperty(STARTED, System.nanoTime());
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        Object started = request.getProperty(STARTED);
        if (!(started instanceof Long since)) {
            return;
        }
        int status = response.getStatus();
        Timer.builder("crm.http.server.requests")
                .description("Requests to the CRM API, by module, route and status")
                .tag("module", module(request.getUriInfo().getBaseUri().getPath()))
                .tag("method", request.getMethod())
                .tag("route", route())
                .tag("status", String.valueOf(status))
                .tag("outcome", status >= 500 ? "SERVER_ERROR" : status >= 400 ? "CLIENT_ERROR" : "SUCCESS")
                .register(metrics.registry())
                .record(System.nanoTime() - since, TimeUnit.NANOSECONDS);
    }

    /** {@code /crm/api/contacts/} is contacts; the kernel's own application, {@code /crm/api/}, is kernel. */
    static String module(String basePath) {
        String path = basePath == null ? "" : basePath.replaceAll("/+$", "");
        String last = path.substring(path.lastIndexOf('/') + 1);
        return last.isEmpty() || last.equals("api") ? "kernel" : last;
    }

    /** The matched resource's path template, e.g. {@code customers/{id}}; UNMATCHED when no resource took it. */
    private String route() {
        Class<?> type = resource == null ? null : resource.getResourceClass();
        Method method = resource == null ? null : resource.getResourceMethod();
        if (type == null || method == null) {
            return "UNMATCHED";
        }
        Path typePath = type.getAnnotation(Path.class);
        Path methodPath = method.getAnnotation(Path.class);
        String route = (typePath == null ? "" : typePath.value()) + (methodPath == null ? "" : "/" + methodPath.value());
        return route.replaceAll("/+", "/").replaceAll("^/|/$", "");
    }
}
