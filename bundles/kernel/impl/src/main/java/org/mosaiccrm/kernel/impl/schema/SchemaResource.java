package org.mosaiccrm.kernel.impl.schema;

import java.util.List;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import org.mosaiccrm.kernel.api.CrmRest;
import org.mosaiccrm.kernel.api.problem.NotFoundException;
import org.mosaiccrm.kernel.api.security.CrmRoles;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** {@code /crm/api/system/schema}: each module's schema history and state, for administrators. */
@Component(service = SchemaResource.class)
@JaxrsResource
@JaxrsApplicationSelect(CrmRest.APPLICATION_SELECT)
@Path("system/schema")
@RolesAllowed(CrmRoles.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
public class SchemaResource {

    private final SchemaExtender schemas;

    @Activate
    public SchemaResource(@Reference SchemaExtender schemas) {
        this.schemas = schemas;
    }

    @GET
    public List<SchemaReport> modules() {
        return SchemaReport.of(schemas.outcomes());
    }

    @GET
    @Path("{module}")
    public SchemaReport module(@PathParam("module") String module) {
        return modules().stream().filter(report -> report.module().equals(module)).findFirst()
                .orElseThrow(() -> new NotFoundException("Module schema", module));
    }
}
