package org.mosaiccrm.kernel.impl.health;

import java.util.Map;

import javax.annotation.security.PermitAll;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.mosaiccrm.kernel.api.CrmRest;
import org.mosaiccrm.kernel.api.security.CallerContext;
import org.mosaiccrm.kernel.api.security.CrmRoles;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * {@code GET /crm/api/health}: 200 when UP, 503 otherwise, for load balancers and monitors, who need no
 * credentials and get the status alone. An administrator (HTTP Basic) gets the details: version, installation,
 * database product, modules, warnings; an anonymous caller learns nothing about what runs here.
 */
@Component(service = HealthResource.class)
@JaxrsResource
@JaxrsApplicationSelect(CrmRest.APPLICATION_SELECT)
@Path("health")
@Produces(MediaType.APPLICATION_JSON)
public class HealthResource {

    private final KernelHealth health;
    private final CallerContext callers;

    @Activate
    public HealthResource(@Reference KernelHealth health, @Reference CallerContext callers) {
        this.health = health;
        this.callers = callers;
    }

    @GET
    @PermitAll
    public Response health() {
        HealthReport report = health.check();
        boolean admin = callers.caller().map(caller -> caller.hasRole(CrmRoles.ADMIN)).orElse(false);
        return Response.status(report.isUp() ? 200 : 503).entity(admin ? report : Map.of("status", report.status()))
                .header("Cache-Control", "no-store").build();
    }
}
