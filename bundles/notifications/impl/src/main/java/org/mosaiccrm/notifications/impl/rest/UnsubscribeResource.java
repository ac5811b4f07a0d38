package org.mosaiccrm.notifications.impl.rest;

import javax.annotation.security.PermitAll;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.mosaiccrm.notifications.api.NotificationService;
import org.mosaiccrm.notifications.impl.NotificationsModule;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * {@code /crm/api/notifications/unsubscribe/{token}}, no login: the link at the foot of every reminder. Following it
 * (GET) or a mail client's one-click (POST, RFC 8058) withdraws the consent at once; the page says so in French and
 * English. A token that is not ours is a 404 page that says nothing about anybody.
 */
@Component(service = UnsubscribeResource.class)
@JaxrsResource
@JaxrsApplicationSelect(NotificationsModule.REST_SELECT)
@Path("/unsubscribe")
@PermitAll
public class UnsubscribeResource {

    private final NotificationService notifications;

    @Activate
    public UnsubscribeResource(@Reference NotificationService notifications) {
        this.notifications = notifications;
    }

    @GET
    @Path("{token}")
    @Produces(MediaType.TEXT_HTML + ";charset=utf-8")
    public Response follow(@PathParam("token") String token) {
        return answer(notifications.unsubscribe(token));
    }

    @POST
    @Path("{token}")
    @Produces(MediaType.TEXT_HTML + ";charset=utf-8")
    public Response oneClick(@PathParam("token") String token) {
        return answer(notifications.unsubscribe(token));
    }

    private static Response answer(boolean done) {
        String body = done
                ? "<p>Vous ne recevrez plus nos rappels par e-mail. Les messages sur vos commandes et vos demandes continuent.</p>"
                + "<p lang=\"en\">You will no longer receive our reminders by e-mail. Messages about your orders and requests go on.</p>"
                : "<p>Ce lien n’est pas valable.</p><p lang=\"en\">This link is not valid.</p>";
        String page = "<!doctype html><html lang=\"fr\"><head><meta charset=\"utf-8\"><title>Mosaic CRM</title></head><body>" + body
                + "</body></html>";
        return Response.status(done ? 200 : 404).entity(page).build();
    }
}
