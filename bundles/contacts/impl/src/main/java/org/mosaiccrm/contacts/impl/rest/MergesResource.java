package org.mosaiccrm.contacts.impl.rest;

import java.util.List;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;

import org.mosaiccrm.contacts.api.ContactService;
import org.mosaiccrm.contacts.api.DuplicateGroup;
import org.mosaiccrm.contacts.api.Merge;
import org.mosaiccrm.contacts.impl.ContactsModule;
import org.mosaiccrm.kernel.api.paging.PageRequest;
import org.mosaiccrm.kernel.api.security.CrmRoles;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** Duplicate scans and merge undo: {@code /crm/api/contacts/duplicates}, {@code /crm/api/contacts/merges/{id}/undo}. */
@Component(service = MergesResource.class)
@JaxrsResource
@JaxrsApplicationSelect(ContactsModule.REST_SELECT)
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ CrmRoles.ADMIN, CrmRoles.MANAGER, CrmRoles.SALES, CrmRoles.AGENT })
public class MergesResource {

    private final ContactService contacts;

    @Activate
    public MergesResource(@Reference ContactService contacts) {
        this.contacts = contacts;
    }

    @GET
    @Path("duplicates")
    public List<DuplicateGroup> duplicates(@QueryParam("limit") String limit) {
        return contacts.duplicates(PageRequest.parse(null, limit).limit());
    }

    @POST
    @Path("merges/{id}/undo")
    public Merge undo(@PathParam("id") String mergeId) {
        return contacts.unmerge(mergeId);
    }
}
