package org.mosaiccrm.reporting.impl.rest;

import java.util.List;
import java.util.Map;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.mosaiccrm.kernel.api.security.CrmRoles;
import org.mosaiccrm.reporting.impl.ReportingModule;
import org.mosaiccrm.reporting.impl.schedules.Schedule;
import org.mosaiccrm.reporting.impl.schedules.ScheduleDesk;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * Scheduled reports, for managers and administrators (a schedule runs as the system and writes files on the
 * server): {@code GET schedules}, {@code POST schedules} {@code {"report", "parameters": {...}, "frequency":
 * "daily|weekly|monthly", "language"}}, {@code POST schedules/{id}/run}, {@code DELETE schedules/{id}}.
 */
@Component(service = SchedulesResource.class)
@JaxrsResource
@JaxrsApplicationSelect(ReportingModule.REST_SELECT)
@Path("schedules")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ CrmRoles.ADMIN, CrmRoles.MANAGER })
public class SchedulesResource {

    /** What a client sends to schedule a report. */
    public record ScheduleRequest(String report, Map<String, String> parameters, String frequency, String language) {
    }

    private final ScheduleDesk schedules;

    @Activate
    public SchedulesResource(@Reference ScheduleDesk schedules) {
        this.schedules = schedules;
    }

    @GET
    public List<Schedule> list() {
        return schedules.list();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response add(ScheduleRequest request) {
        if (request == null) {
            throw new org.mosaiccrm.kernel.api.problem.ValidationException("report", "is required");
        }
        Schedule added = schedules.add(request.report(), request.parameters(), request.frequency(), request.language());
        return Response.status(Response.Status.CREATED).entity(added).build();
    }

    @POST
    @Path("{id}/run")
    public Schedule run(@PathParam("id") String id) {
        return schedules.runNow(id);
    }

    @DELETE
    @Path("{id}")
    public Response remove(@PathParam("id") String id) {
        schedules.remove(id);
        return Response.noContent().build();
    }
}
