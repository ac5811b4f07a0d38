package org.mosaiccrm.itests.notes;

import java.sql.SQLException;
import java.util.List;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;

import org.mosaiccrm.kernel.api.CrmRest;
import org.mosaiccrm.kernel.api.security.CrmRoles;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

@Component(service = NotesResource.class)
@JaxrsResource
@JaxrsApplicationSelect(CrmRest.APPLICATION_SELECT)
@Path("notes")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ CrmRoles.ADMIN, CrmRoles.SALES, CrmRoles.AGENT, CrmRoles.CUSTOMER })
public class NotesResource {

    private final NotesStore store;

    @Activate
    public NotesResource(@Reference NotesStore store) {
        this.store = store;
    }

    @GET
    public List<NotesStore.Note> all() throws SQLException {
        return store.all();
    }

    @GET
    @Path("{id}")
    public NotesStore.Note one(@PathParam("id") long id) throws SQLException {
        return store.get(id);
    }

    @POST
    @Consumes(MediaType.TEXT_PLAIN)
    public List<NotesStore.Note> add(@QueryParam("customer") String customer, String text) throws SQLException {
        store.add(text, customer == null ? "none" : customer);
        return store.all();
    }
}
