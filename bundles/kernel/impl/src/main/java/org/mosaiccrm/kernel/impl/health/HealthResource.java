package org.mosaiccrm.kernel.impl.health;

import javax.annotation.security.PermitAll;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.mosaiccrm.kernel.api.CrmRest;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** {@code GET /crm/api/health}: 200 when UP, 503 when DOWN, for load balancers and monitors. */
@Component(service = HealthResource.class)
@JaxrsResource
@JaxrsApplicationSelect(CrmRest.APPLICATION_SELECT)
@Path("health")
@Produces(MediaType.APPLICATION_JSON)
public class HealthResource {

    private final KernelHealth health;

    @Activate
    public HealthResource(@Reference KernelHealth health) {
        this.health = health;
    }

    @GET
    @PermitAll
    public Response health() {
        HealthReport report = health.check();
        return Response.status(report.isUp() ? 200 : 503).entity(report)
                .header("Cache-Control", "no-store").build();
    }
}
