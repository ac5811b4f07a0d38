package org.mosaiccrm.notifications.impl.rest;

import java.util.List;
import java.util.Map;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;

import org.mosaiccrm.kernel.api.RequestParameters;
import org.mosaiccrm.kernel.api.paging.Page;
import org.mosaiccrm.kernel.api.paging.PageRequest;
import org.mosaiccrm.kernel.api.problem.ValidationException;
import org.mosaiccrm.kernel.api.security.CrmRoles;
import org.mosaiccrm.notifications.api.Notification;
import org.mosaiccrm.notifications.api.NotificationQuery;
import org.mosaiccrm.notifications.api.NotificationService;
import org.mosaiccrm.notifications.api.NotificationState;
import org.mosaiccrm.notifications.api.Preview;
import org.mosaiccrm.notifications.api.ReminderConsent;
import org.mosaiccrm.notifications.impl.NotificationsModule;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * {@code /crm/api/notifications}: the outbox (list by state, customer or template; one message and its content;
 * send again), the templates and their previews, and a customer's consent to reminders.
 */
@Component(service = NotificationsResource.class)
@JaxrsResource
@JaxrsApplicationSelect(NotificationsModule.REST_SELECT)
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ CrmRoles.ADMIN, CrmRoles.MANAGER })
public class NotificationsResource {

    private final NotificationService notifications;

    @Activate
    public NotificationsResource(@Reference NotificationService notifications) {
        this.notifications = notifications;
    }

    @GET
    @Path("messages")
    public Page<Notification> list(@QueryParam("state") String state, @QueryParam("customerId") String customerId,
                                   @QueryParam("template") String template, @QueryParam("offset") String offset,
                                   @QueryParam("limit") String limit) {
        NotificationState wanted = state == null ? null : RequestParameters.enumValue(NotificationState.class, "state", state);
        if (template != null && !notifications.templates().contains(template)) {
            throw ValidationException.badParameters(List.of(new org.mosaiccrm.kernel.api.problem.FieldError("template",
                    "one of " + notifications.templates())));
        }
        return notifications.list(new NotificationQuery(wanted, customerId, template), PageRequest.parse(offset, limit));
    }

    @GET
    @Path("messages/{id}")
    public Notification get(@PathParam("id") String id) {
        return notifications.get(id);
    }

    @GET
    @Path("messages/{id}/content")
    public Preview content(@PathParam("id") String id) {
        return notifications.content(id);
    }

    @POST
    @Path("messages/{id}/resend")
    public Notification resend(@PathParam("id") String id) {
        return notifications.resend(id);
    }

    @GET
    @Path("templates")
    public List<String> templates() {
        return notifications.templates();
    }

    @GET
    @Path("templates/{name}/preview")
    @RolesAllowed({ CrmRoles.ADMIN, CrmRoles.MANAGER, CrmRoles.MARKETING })
    public Preview preview(@PathParam("name") String name, @QueryParam("language") String language) {
        return notifications.preview(name, language);
    }

    @GET
    @Path("consents/{customerId}")
    @RolesAllowed({ CrmRoles.ADMIN, CrmRoles.MANAGER, CrmRoles.SALES, CrmRoles.AGENT, CrmRoles.MARKETING, CrmRoles.CUSTOMER })
    public ReminderConsent consent(@PathParam("customerId") String customerId) {
        return notifications.reminderConsent(customerId);
    }

    /** Body {@code {"optedIn": true}}; a portal customer sets their own. */
    @PUT
    @Path("consents/{customerId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ CrmRoles.ADMIN, CrmRoles.MANAGER, CrmRoles.SALES, CrmRoles.AGENT, CrmRoles.CUSTOMER })
    public ReminderConsent setConsent(@PathParam("customerId") String customerId, Map<String, Object> body) {
        Object optedIn = body == null ? null : body.get("optedIn");
        if (!(optedIn instanceof Boolean value)) {
            throw new ValidationException("optedIn", "true or false");
        }
        if (body.size() > 1) {
            throw new ValidationException(body.keySet().stream().filter(key -> !key.equals("optedIn")).findFirst().orElse("body"),
                    "is not a field of a consent (only optedIn)");
        }
        return notifications.setReminderConsent(customerId, value);
    }
}
