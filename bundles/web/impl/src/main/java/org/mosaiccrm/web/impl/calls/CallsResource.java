package org.mosaiccrm.web.impl.calls;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.sse.Sse;
import javax.ws.rs.sse.SseEventSink;

import org.mosaiccrm.kernel.api.security.CrmRoles;
import org.mosaiccrm.kernel.api.security.WebSessionCookie;
import org.mosaiccrm.web.impl.WebModule;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * {@code GET /crm/api/web/calls}: a server-sent event stream of the calls ringing the logged-in agent
 * (event {@code call}: {@code {"phone":…,"customerId":…}}), which the desktop turns into the screen pop.
 */
@Component(service = CallsResource.class)
@JaxrsResource
@JaxrsApplicationSelect(WebModule.REST_SELECT)
@Path("calls")
public class CallsResource {

    private final CallStream stream;

    @Activate
    public CallsResource(@Reference CallStream stream) {
        this.stream = stream;
    }

    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RolesAllowed({ CrmRoles.ADMIN, CrmRoles.MANAGER, CrmRoles.SALES, CrmRoles.AGENT })
    public void calls(@Context SseEventSink sink, @Context Sse sse, @Context SecurityContext security,
                      @HeaderParam(HttpHeaders.COOKIE) String cookies) {
        // the request's principal: CXF suspends an event stream's request, and the caller's thread context is gone by then;
        // the session's fingerprint, so that its logout closes the stream
        stream.listen(security.getUserPrincipal().getName(),
                WebSessionCookie.tokenIn(cookies).map(WebSessionCookie::fingerprint).orElse(null), sink, sse);
    }
}
