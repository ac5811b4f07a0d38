package org.mosaiccrm.contacts.impl.rest;

import java.util.List;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import org.mosaiccrm.contacts.api.ContactService;
import org.mosaiccrm.contacts.api.CustomFieldDefinition;
import org.mosaiccrm.contacts.impl.ContactsModule;
import org.mosaiccrm.kernel.api.security.CrmRoles;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** {@code GET /crm/api/contacts/custom-fields}: the fields this deployment adds, for forms to show. */
@Component(service = CustomFieldsResource.class)
@JaxrsResource
@JaxrsApplicationSelect(ContactsModule.REST_SELECT)
@Path("custom-fields")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ CrmRoles.ADMIN, CrmRoles.MANAGER, CrmRoles.SALES, CrmRoles.AGENT, CrmRoles.MARKETING })
public class CustomFieldsResource {

    private final ContactService contacts;

    @Activate
    public CustomFieldsResource(@Reference ContactService contacts) {
        this.contacts = contacts;
    }

    @GET
    public List<CustomFieldDefinition> definitions() {
        return contacts.customFields();
    }
}
