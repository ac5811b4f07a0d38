package org.mosaiccrm.sales.impl.rest;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.EntityTag;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.mosaiccrm.kernel.api.RequestParameters;
import org.mosaiccrm.kernel.api.paging.Page;
import org.mosaiccrm.kernel.api.paging.PageRequest;
import org.mosaiccrm.kernel.api.security.CrmRoles;
import org.mosaiccrm.sales.api.Activity;
import org.mosaiccrm.sales.api.ActivityQuery;
import org.mosaiccrm.sales.api.ActivityService;
import org.mosaiccrm.sales.impl.SalesModule;
import org.mosaiccrm.sales.impl.calendar.ActivityCalendar;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * {@code /crm/api/sales/activities}: "my day" ({@code ?assignee=me&due=today}), planning, done and cancelled, and
 * the calendar feed {@code activities.ics} a rep subscribes to from their own calendar.
 */
@Component(service = ActivitiesResource.class)
@JaxrsResource
@JaxrsApplicationSelect(SalesModule.REST_SELECT)
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ CrmRoles.ADMIN, CrmRoles.MANAGER, CrmRoles.SALES, CrmRoles.AGENT })
public class ActivitiesResource {

    /** The calendar feed's size: the soonest planned activities. */
    static final int FEED_SIZE = 500;

    private final ActivityService activities;

    @Activate
    public ActivitiesResource(@Reference ActivityService activities) {
        this.activities = activities;
    }

    /** Soonest first; {@code ?assignee=me&due=today|week|overdue|upcoming|any&customerId=&opportunityId=&leadId=&closed=true}. */
    @GET
    @Path("activities")
    public Page<Activity> list(@QueryParam("assignee") String assignee, @QueryParam("due") String due,
                               @QueryParam("customerId") String customerId, @QueryParam("opportunityId") String opportunityId,
                               @QueryParam("leadId") String leadId, @QueryParam("closed") String closed,
                               @QueryParam("offset") String offset, @QueryParam("limit") String limit) {
        return activities.search(query(assignee, due, customerId, opportunityId, leadId, OpportunitiesResource.flag("closed", closed)),
                PageRequest.parse(offset, limit));
    }

    /**
     * The same filters as the list (planned activities only; by default those due from thirty days ago on, so that
     * old ones left undone never crowd out what is coming); {@code text/calendar}, to subscribe to.
     */
    @GET
    @Path("activities.ics")
    @Produces(ActivityCalendar.MEDIA_TYPE)
    public Response calendar(@QueryParam("assignee") String assignee, @QueryParam("due") String due,
                             @QueryParam("customerId") String customerId, @QueryParam("opportunityId") String opportunityId) {
        ActivityQuery query = query(assignee, due == null || due.isBlank() ? "recent" : due, customerId, opportunityId, null, false);
        List<Activity> planned = activities.search(query, PageRequest.first(FEED_SIZE)).items();
        // written whole first (at most FEED_SIZE events): ical4j closes the writer it is given
        java.io.StringWriter calendar = new java.io.StringWriter();
        try {
            ActivityCalendar.write(planned, calendar);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return Response.ok(calendar.toString().getBytes(StandardCharsets.UTF_8), ActivityCalendar.MEDIA_TYPE + "; charset=utf-8")
                .header("Content-Disposition", "inline; filename=\"activities.ics\"").build();
    }

    private static ActivityQuery query(String assignee, String due, String customerId, String opportunityId, String leadId, boolean closed) {
        ActivityQuery.Due window = RequestParameters.enumValue(ActivityQuery.Due.class, "due", due);
        return new ActivityQuery(assignee, window == null ? ActivityQuery.Due.ANY : window, customerId, opportunityId, leadId, closed);
    }

    @POST
    @Path("activities")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response plan(Activity.Draft draft) {
        Activity planned = activities.plan(draft);
        return Response.created(URI.create("activities/" + planned.id())).tag(etag(planned)).entity(planned).build();
    }

    @GET
    @Path("activities/{id}")
    public Response get(@PathParam("id") String id) {
        Activity activity = activities.get(id);
        return Response.ok(activity).tag(etag(activity)).build();
    }

    /** Needs {@code If-Match}; a done or cancelled activity is not changed (409). */
    @PUT
    @Path("activities/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response update(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, Activity.Draft draft) {
        Activity updated = activities.update(id, RequestParameters.ifMatchVersion(ifMatch), draft);
        return Response.ok(updated).tag(etag(updated)).build();
    }

    /** The body of "done". */
    public record Done(String outcome) {
    }

    /** Needs {@code If-Match}; the outcome goes on the customer's timeline with the activity. */
    @POST
    @Path("activities/{id}/done")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response complete(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, Done done) {
        Activity completed = activities.complete(id, RequestParameters.ifMatchVersion(ifMatch), done == null ? null : done.outcome());
        return Response.ok(completed).tag(etag(completed)).build();
    }

    @POST
    @Path("activities/{id}/cancel")
    public Response cancel(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch) {
        Activity cancelled = activities.cancel(id, RequestParameters.ifMatchVersion(ifMatch));
        return Response.ok(cancelled).tag(etag(cancelled)).build();
    }

    private static EntityTag etag(Activity activity) {
        return new EntityTag(String.valueOf(activity.version()));
    }
}
