package org.mosaiccrm.sales.impl.rest;

import java.net.URI;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
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
import org.mosaiccrm.kernel.api.problem.FieldError;
import org.mosaiccrm.kernel.api.problem.ValidationException;
import org.mosaiccrm.kernel.api.security.CrmRoles;
import org.mosaiccrm.sales.api.Forecast;
import org.mosaiccrm.sales.api.ForecastQuery;
import org.mosaiccrm.sales.api.Opportunity;
import org.mosaiccrm.sales.api.OpportunityQuery;
import org.mosaiccrm.sales.api.OpportunityService;
import org.mosaiccrm.sales.api.Stage;
import org.mosaiccrm.sales.api.StageMove;
import org.mosaiccrm.sales.impl.SalesModule;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * {@code /crm/api/sales}: the stages, opportunities, their stage moves and history, and the forecast. Thin: the
 * service holds the rules (a rep sees their own pipeline, a manager the team's).
 */
@Component(service = OpportunitiesResource.class)
@JaxrsResource
@JaxrsApplicationSelect(SalesModule.REST_SELECT)
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ CrmRoles.ADMIN, CrmRoles.MANAGER, CrmRoles.SALES })
public class OpportunitiesResource {

    private final OpportunityService opportunities;

    @Activate
    public OpportunitiesResource(@Reference OpportunityService opportunities) {
        this.opportunities = opportunities;
    }

    @GET
    @Path("stages")
    @RolesAllowed({ CrmRoles.ADMIN, CrmRoles.MANAGER, CrmRoles.SALES, CrmRoles.AGENT, CrmRoles.MARKETING })
    public List<Stage> stages() {
        return opportunities.stages();
    }

    /** Soonest expected close first; {@code ?owner=me&customerId=&stage=&campaign=&open=true}. */
    @GET
    @Path("opportunities")
    public Page<Opportunity> list(@QueryParam("owner") String owner, @QueryParam("customerId") String customerId,
                                  @QueryParam("stage") String stage, @QueryParam("campaign") String campaign,
                                  @QueryParam("open") String open, @QueryParam("offset") String offset, @QueryParam("limit") String limit) {
        return opportunities.search(new OpportunityQuery(owner, customerId, stage, campaign, flag("open", open)),
                PageRequest.parse(offset, limit));
    }

    @POST
    @Path("opportunities")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response open(Opportunity.Draft draft) {
        return created(opportunities.open(draft));
    }

    /** Converts the lead if it was not, and opens the opportunity for its customer, with its campaign. */
    @POST
    @Path("opportunities/from-lead/{leadId}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response openFromLead(@PathParam("leadId") String leadId, Opportunity.Draft draft) {
        return created(opportunities.openFromLead(leadId, draft));
    }

    @GET
    @Path("opportunities/{id}")
    public Response get(@PathParam("id") String id) {
        Opportunity opportunity = opportunities.get(id);
        return Response.ok(opportunity).tag(etag(opportunity)).build();
    }

    /** Needs {@code If-Match} with the version read. */
    @PUT
    @Path("opportunities/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response update(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, Opportunity.Draft draft) {
        Opportunity updated = opportunities.update(id, RequestParameters.ifMatchVersion(ifMatch), draft);
        return Response.ok(updated).tag(etag(updated)).build();
    }

    /** The body of a stage move: {@code reason} is required for {@code lost}. */
    public record StageChange(String stage, String reason) {
    }

    /** Needs {@code If-Match}: a move made on a stale version is a 409, as is a move from a closed stage. */
    @POST
    @Path("opportunities/{id}/stage")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response moveStage(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, StageChange change) {
        if (change == null || change.stage() == null || change.stage().isBlank()) {
            throw new ValidationException("stage", "is required");
        }
        Opportunity moved = opportunities.moveStage(id, RequestParameters.ifMatchVersion(ifMatch), change.stage(), change.reason());
        return Response.ok(moved).tag(etag(moved)).build();
    }

    /** The body of a reassignment. */
    public record OwnerChange(String owner) {
    }

    @POST
    @Path("opportunities/{id}/owner")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ CrmRoles.ADMIN, CrmRoles.MANAGER })
    public Response reassign(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, OwnerChange change) {
        if (change == null || change.owner() == null || change.owner().isBlank()) {
            throw new ValidationException("owner", "is required");
        }
        Opportunity moved = opportunities.reassign(id, RequestParameters.ifMatchVersion(ifMatch), change.owner());
        return Response.ok(moved).tag(etag(moved)).build();
    }

    @GET
    @Path("opportunities/{id}/history")
    public List<StageMove> history(@PathParam("id") String id) {
        return opportunities.history(id);
    }

    /** {@code ?by=owner|team|all&from=2026-01&to=2026-06&owner=}: the months of expected (or actual) close. */
    @GET
    @Path("forecast")
    public Forecast forecast(@QueryParam("by") String by, @QueryParam("from") String from, @QueryParam("to") String to,
                             @QueryParam("owner") String owner) {
        ForecastQuery.GroupBy groupBy = by == null || by.isBlank() ? ForecastQuery.GroupBy.OWNER
                : RequestParameters.enumValue(ForecastQuery.GroupBy.class, "by", by);
        return opportunities.forecast(new ForecastQuery(groupBy, month("from", from), month("to", to), owner));
    }

    static YearMonth month(String name, String value) {
        String month = RequestParameters.required(name, value, "2026-01");
        try {
            return YearMonth.parse(month.trim());
        } catch (DateTimeParseException e) {
            throw ValidationException.badParameters(List.of(new FieldError(name, "must be a month such as 2026-01")));
        }
    }

    static boolean flag(String name, String value) {
        if (value == null || value.isBlank()) {
            return false;
        }
        return switch (value.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "true", "1", "yes" -> true;
            case "false", "0", "no" -> false;
            default -> throw ValidationException.badParameters(List.of(new FieldError(name, "must be true or false")));
        };
    }

    private static Response created(Opportunity opened) {
        return Response.created(URI.create("opportunities/" + opened.id())).tag(etag(opened)).entity(opened).build();
    }

    static EntityTag etag(Opportunity opportunity) {
        return new EntityTag(String.valueOf(opportunity.version()));
    }
}
