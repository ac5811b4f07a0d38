package org.mosaiccrm.contacts.impl.rest;

import java.util.List;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.mosaiccrm.contacts.api.ContactService;
import org.mosaiccrm.contacts.api.Customer;
import org.mosaiccrm.contacts.api.CustomerView;
import org.mosaiccrm.contacts.api.IncomingCall;
import org.mosaiccrm.contacts.impl.ContactsModule;
import org.mosaiccrm.kernel.api.problem.NotFoundException;
import org.mosaiccrm.kernel.api.security.CrmRoles;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** The call center: the screen pop and the telephony system's incoming calls. */
@Component(service = TelephonyResource.class)
@JaxrsResource
@JaxrsApplicationSelect(ContactsModule.REST_SELECT)
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ CrmRoles.ADMIN, CrmRoles.MANAGER, CrmRoles.SALES, CrmRoles.AGENT })
public class TelephonyResource {

    /**
     * What the agent's screen shows: the caller's 360° view when one customer has the number,
     * the candidates when several have it.
     */
    public record ScreenPop(int matches, CustomerView view, List<Customer> candidates) {
    }

    private final ContactService contacts;

    @Activate
    public TelephonyResource(@Reference ContactService contacts) {
        this.contacts = contacts;
    }

    @GET
    @Path("screenpop")
    public ScreenPop screenPop(@QueryParam("phone") String phone) {
        List<Customer> matches = contacts.findByPhone(phone);
        if (matches.isEmpty()) {
            throw new NotFoundException("Customer with phone", phone);
        }
        if (matches.size() > 1) {
            return new ScreenPop(matches.size(), null, matches);
        }
        return new ScreenPop(1, contacts.view(matches.get(0).id()), List.of());
    }

    @POST
    @Path("calls")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response incomingCall(IncomingCall call) {
        return Response.accepted(contacts.incomingCall(call)).build();
    }
}
