package org.mosaiccrm.service.impl.rest;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

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
import javax.ws.rs.core.MediaType;

import org.mosaiccrm.kernel.api.RequestParameters;
import org.mosaiccrm.kernel.api.problem.ValidationException;
import org.mosaiccrm.kernel.api.security.CrmRoles;
import org.mosaiccrm.service.api.Agent;
import org.mosaiccrm.service.api.ServiceDesk;
import org.mosaiccrm.service.api.ServiceFigures;
import org.mosaiccrm.service.api.SlaPolicy;
import org.mosaiccrm.service.impl.ServiceModule;
import org.mosaiccrm.service.impl.sla.SlaPolicies;
import org.mosaiccrm.service.impl.sla.SlaTargets;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * What supervisors (managers) configure and watch: agents' skills and capacity, SLA policies, the service
 * figures, and a scan on demand. Agents may read the roster and the policies.
 */
@Component(service = SupervisionResource.class)
@JaxrsResource
@JaxrsApplicationSelect(ServiceModule.REST_SELECT)
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ CrmRoles.ADMIN, CrmRoles.MANAGER })
public class SupervisionResource {

    private final ServiceDesk desk;

    @Activate
    public SupervisionResource(@Reference ServiceDesk desk) {
        this.desk = desk;
    }

    @GET
    @Path("agents")
    @RolesAllowed({ CrmRoles.ADMIN, CrmRoles.MANAGER, CrmRoles.AGENT })
    public List<Agent> agents() {
        return desk.agents();
    }

    /** Creates an agent's profile with {@code If-Match: "0"}, replaces it with the version read. */
    @PUT
    @Path("agents/{user}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Agent saveAgent(@PathParam("user") String user, @HeaderParam("If-Match") String ifMatch, Agent.Draft draft) {
        return desk.saveAgent(user, RequestParameters.ifMatchVersion(ifMatch), draft);
    }

    @GET
    @Path("sla/policies")
    @RolesAllowed({ CrmRoles.ADMIN, CrmRoles.MANAGER, CrmRoles.AGENT })
    public List<SlaPolicy> policies() {
        return desk.policies();
    }

    /**
     * A policy as written: {@code {"tiers": ["gold"], "timeZone": "Europe/Paris", "openingHours": "mon-sat 08:00-20:00",
     * "holidays": ["2026-12-25"], "targets": {"URGENT": "15m/30m/2h", ...}}}.
     */
    public record PolicyBody(List<String> tiers, String timeZone, String openingHours, List<String> holidays,
                             Map<String, Object> targets, Long version, String name) {
    }

    @PUT
    @Path("sla/policies/{name}")
    @Consumes(MediaType.APPLICATION_JSON)
    public SlaPolicy savePolicy(@PathParam("name") String name, @HeaderParam("If-Match") String ifMatch, PolicyBody body) {
        long version = RequestParameters.ifMatchVersion(ifMatch);
        if (body == null) {
            throw new ValidationException("targets", "a policy needs tiers, timeZone, openingHours, holidays and targets");
        }
        Map<org.mosaiccrm.service.api.TicketPriority, SlaPolicy.Targets> targets;
        try {
            targets = SlaTargets.parseAll(written(body.targets()));
        } catch (IllegalArgumentException | java.time.format.DateTimeParseException e) {
            throw new ValidationException("targets", e.getMessage());
        }
        return desk.savePolicy(new SlaPolicy(name, body.tiers(), body.timeZone(), body.openingHours(),
                SlaPolicies.holidays(body.holidays()), targets, version));
    }

    /**
     * Targets as written ({@code "URGENT": "15m/30m/2h"}) or as {@code GET} gives them ({@code "URGENT": {"firstResponse":
     * "PT15M", "nextResponse": "PT30M", "resolution": "PT2H"}}): a policy read can be edited and written back.
     */
    private static Map<String, String> written(Map<String, Object> targets) {
        Map<String, String> written = new java.util.LinkedHashMap<>();
        if (targets != null) {
            targets.forEach((priority, value) -> {
                if (value instanceof Map<?, ?> parts) {
                    written.put(priority, SlaTargets.format(new SlaPolicy.Targets(duration(parts.get("firstResponse")),
                            duration(parts.get("nextResponse")), duration(parts.get("resolution")))));
                } else {
                    written.put(priority, value == null ? "" : value.toString());
                }
            });
        }
        return written;
    }

    private static java.time.Duration duration(Object value) {
        if (value == null) {
            throw new IllegalArgumentException("firstResponse, nextResponse and resolution are needed (e.g. \"PT30M\")");
        }
        return java.time.Duration.parse(value.toString());
    }

    @POST
    @Path("sla/scan")
    public ServiceDesk.SlaScan scan() {
        return desk.scanSla();
    }

    @GET
    @Path("figures")
    public ServiceFigures figures(@QueryParam("from") String from, @QueryParam("to") String to) {
        return desk.figures(instant("from", RequestParameters.required("from", from, "from=2026-11-01T00:00:00Z")),
                instant("to", RequestParameters.required("to", to, "to=2026-12-01T00:00:00Z")));
    }

    private static Instant instant(String name, String value) {
        try {
            return Instant.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new ValidationException(name, "'" + value + "' is not an instant like 2026-11-01T00:00:00Z");
        }
    }
}
