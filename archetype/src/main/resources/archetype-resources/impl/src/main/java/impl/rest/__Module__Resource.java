package ${package}.impl.rest;

import java.net.URI;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import ${package}.api.${Module}Record;
import ${package}.api.${Module}Service;
import ${package}.impl.${Module}Module;
import org.mosaiccrm.kernel.api.paging.Page;
import org.mosaiccrm.kernel.api.paging.PageRequest;
import org.mosaiccrm.kernel.api.security.CrmRoles;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * {@code /crm/api/${module}}: thin on purpose — it reads parameters, delegates to the service and maps
 * the answer. The kernel's extensions do the rest: JSON, problem+json errors (422 naming each field,
 * 404, 409...), authentication and roles, body limits, paging headers.
 */
@Component(service = ${Module}Resource.class)
@JaxrsResource
@JaxrsApplicationSelect(${Module}Module.REST_SELECT)
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ CrmRoles.ADMIN, CrmRoles.MANAGER, CrmRoles.SALES, CrmRoles.AGENT, CrmRoles.CUSTOMER })
public class ${Module}Resource {

    private final ${Module}Service records;

    @Activate
    public ${Module}Resource(@Reference ${Module}Service records) {
        this.records = records;
    }

    /** Newest first, {@code ?customerId=&offset=&limit=}; the total is in {@code X-Total-Count}. */
    @GET
    public Page<${Module}Record> list(@QueryParam("customerId") String customerId, @QueryParam("offset") String offset,
                                      @QueryParam("limit") String limit) {
        return records.list(customerId, PageRequest.parse(offset, limit));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ CrmRoles.ADMIN, CrmRoles.MANAGER, CrmRoles.SALES, CrmRoles.AGENT })
    public Response add(${Module}Record.Draft draft) {
        ${Module}Record added = records.add(draft);
        return Response.created(URI.create(added.id())).entity(added).build();
    }

    @GET
    @Path("{id}")
    public ${Module}Record get(@PathParam("id") String id) {
        return records.get(id);
    }
}
