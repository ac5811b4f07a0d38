package org.mosaiccrm.notifications.impl.rest;

import javax.annotation.security.PermitAll;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.mosaiccrm.kernel.api.security.RateLimit;
import org.mosaiccrm.notifications.impl.NotificationServiceImpl;
import org.mosaiccrm.notifications.impl.NotificationsModule;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * {@code /crm/api/notifications/unsubscribe/{token}}, no login: the link at the foot of every reminder. Following it
 * (GET) shows one button; the button, or a mail client's one-click (POST, RFC 8058), withdraws the consent at once; the
 * pages speak French and English. A token that is not ours is a 404 page that says nothing about anybody.
 */
@Component(service = UnsubscribeResource.class)
@JaxrsResource
@JaxrsApplicationSelect(NotificationsModule.REST_SELECT)
@Path("/unsubscribe")
@PermitAll
public class UnsubscribeResource {

    private final NotificationServiceImpl notifications;

    @Activate
    public UnsubscribeResource(@Reference NotificationServiceImpl notifications) {
        this.notifications = notifications;
    }

    /**
     * The link itself only asks (a mail scanner that fetches every link must not unsubscribe anybody): one button, which
     * posts to the same address.
     */
    @GET
    // public: a guesser is slowed down (a token is an HMAC: guessing is hopeless anyway); generous, because a mail
    // provider's one-click unsubscribes arrive from a few addresses of its own
    @RateLimit(requests = 600, perSeconds = 60)
    @Path("{token}")
    @Produces(MediaType.TEXT_HTML + ";charset=utf-8")
    public Response follow(@PathParam("token") String token) {
        if (!notifications.madeHere(token)) {
            return invalid(); // checking changes nothing: a scanner is still harmless, a forged link says so at once
        }
        return page(200, "<form method=\"post\"><p>Ne plus recevoir nos rappels par e-mail ? "
                + "<span lang=\"en\">No more reminders by e-mail?</span></p>"
                + "<p><button type=\"submit\">Me désabonner · Unsubscribe</button></p>"
                + "<p>Les messages sur vos commandes et vos demandes continuent. "
                + "<span lang=\"en\">Messages about your orders and requests go on.</span></p></form>");
    }

    /** The button, or a mail client's one-click (RFC 8058): honoured at once. */
    @POST
    // public: a guesser is slowed down (a token is an HMAC: guessing is hopeless anyway); generous, because a mail
    // provider's one-click unsubscribes arrive from a few addresses of its own
    @RateLimit(requests = 600, perSeconds = 60)
    @Path("{token}")
    @Produces(MediaType.TEXT_HTML + ";charset=utf-8")
    public Response unsubscribe(@PathParam("token") String token) {
        return notifications.unsubscribe(token)
                ? page(200, "<p>Vous ne recevrez plus nos rappels par e-mail. Les messages sur vos commandes et vos demandes continuent.</p>"
                + "<p lang=\"en\">You will no longer receive our reminders by e-mail. Messages about your orders and requests go on.</p>")
                : invalid();
    }

    private static Response invalid() {
        return page(404, "<p>Ce lien n’est pas valable.</p><p lang=\"en\">This link is not valid.</p>");
    }

    private static Response page(int status, String body) {
        return Response.status(status).entity("<!doctype html><html lang=\"fr\"><head><meta charset=\"utf-8\"><title>Mosaic CRM</title>"
                + "</head><body>" + body + "</body></html>")
                // a one-button page must not be framed by another site (clickjacking)
                .header("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'; form-action 'self'")
                .header("X-Frame-Options", "DENY").build();
    }
}
