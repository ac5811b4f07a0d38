package org.mosaiccrm.itests.notes;

import java.sql.SQLException;
import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import org.mosaiccrm.kernel.api.CrmRest;
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
public class NotesResource {

    private final NotesStore store;

    @Activate
    public NotesResource(@Reference NotesStore store) {
        this.store = store;
    }

    @GET
    public List<String> all() throws SQLException {
        return store.all();
    }

    @POST
    @Consumes(MediaType.TEXT_PLAIN)
    public List<String> add(String text) throws SQLException {
        store.add(text);
        return store.all();
    }
}
