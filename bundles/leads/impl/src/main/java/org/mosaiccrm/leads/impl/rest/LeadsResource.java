package org.mosaiccrm.leads.impl.rest;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.net.URI;
import java.util.List;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.EntityTag;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.mosaiccrm.commons.imports.CsvRows;
import org.mosaiccrm.commons.imports.TextUpload;
import org.mosaiccrm.kernel.api.RequestParameters;
import org.mosaiccrm.kernel.api.imports.ImportReport;
import org.mosaiccrm.kernel.api.paging.Page;
import org.mosaiccrm.kernel.api.paging.PageRequest;
import org.mosaiccrm.kernel.api.problem.ValidationException;
import org.mosaiccrm.kernel.api.security.CrmRoles;
import org.mosaiccrm.leads.api.Conversion;
import org.mosaiccrm.leads.api.Lead;
import org.mosaiccrm.leads.api.LeadDraft;
import org.mosaiccrm.leads.api.LeadQuery;
import org.mosaiccrm.leads.api.LeadService;
import org.mosaiccrm.leads.api.LeadSource;
import org.mosaiccrm.leads.api.LeadStatus;
import org.mosaiccrm.leads.api.ScoreBreakdown;
import org.mosaiccrm.leads.api.Touchpoint;
import org.mosaiccrm.leads.impl.LeadsModule;
import org.mosaiccrm.leads.impl.exchange.LeadColumns;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** {@code /crm/api/leads}: the pipeline for sales and marketing. */
@Component(service = LeadsResource.class)
@JaxrsResource
@JaxrsApplicationSelect(LeadsModule.REST_SELECT)
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ CrmRoles.ADMIN, CrmRoles.MANAGER, CrmRoles.SALES, CrmRoles.MARKETING })
public class LeadsResource {

    private final LeadService leads;

    @Activate
    public LeadsResource(@Reference LeadService leads) {
        this.leads = leads;
    }

    @GET
    public Page<Lead> search(@QueryParam("status") String status, @QueryParam("owner") String owner,
                             @QueryParam("campaign") String campaign, @QueryParam("affiliate") String affiliate,
                             @QueryParam("source") String source, @QueryParam("name") String name,
                             @QueryParam("offset") String offset, @QueryParam("limit") String limit) {
        PageRequest page = PageRequest.parse(offset, limit);
        return leads.search(new LeadQuery(RequestParameters.enumValue(LeadStatus.class, "status", status), owner, campaign, affiliate,
                RequestParameters.enumValue(LeadSource.class, "source", source), name), page);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(LeadDraft draft) {
        Lead lead = leads.create(draft);
        return Response.created(URI.create(lead.id())).tag(etag(lead)).entity(lead).build();
    }

    /** CSV import of leads, answered with its report (bodies up to the server's size limit). */
    @POST
    @Path("imports")
    @Consumes({ "text/csv", MediaType.TEXT_PLAIN })
    @RolesAllowed({ CrmRoles.ADMIN, CrmRoles.MANAGER, CrmRoles.MARKETING })
    public ImportReport importCsv(@QueryParam("dryRun") boolean dryRun, @QueryParam("delimiter") String delimiter,
                                  @HeaderParam("Content-Type") String type, InputStream body) throws IOException {
        Character separator = CsvRows.delimiter(delimiter);
        // spooled and checked whole first: a refused upload (413, 415, 422) has stored nothing
        try (TextUpload upload = TextUpload.spool(body, type)
                .checkCsv(separator, LeadColumns::reads, LeadColumns.EXAMPLES); Reader csv = upload.reader()) {
            return leads.importCsv(csv, dryRun, separator, null).withEncoding(upload.charset().name());
        }
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") String id) {
        Lead lead = leads.get(id);
        return Response.ok(lead).tag(etag(lead)).build();
    }

    /** The body of a status change. */
    public record StatusChange(LeadStatus status, String reason) {
    }

    /** Needs {@code If-Match} with the version read: two reps moving the same lead do not overwrite each other. */
    @POST
    @Path("{id}/status")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ CrmRoles.ADMIN, CrmRoles.MANAGER, CrmRoles.SALES })
    public Response changeStatus(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, StatusChange change) {
        if (change == null) {
            throw new ValidationException("status", "is required");
        }
        Lead lead = leads.changeStatus(id, RequestParameters.ifMatchVersion(ifMatch), change.status(), change.reason());
        return Response.ok(lead).tag(etag(lead)).build();
    }

    @POST
    @Path("{id}/convert")
    @RolesAllowed({ CrmRoles.ADMIN, CrmRoles.MANAGER, CrmRoles.SALES })
    public Conversion convert(@PathParam("id") String id) {
        return leads.convert(id);
    }

    @GET
    @Path("{id}/score")
    @RolesAllowed({ CrmRoles.ADMIN, CrmRoles.MANAGER, CrmRoles.SALES, CrmRoles.MARKETING, CrmRoles.AGENT })
    public ScoreBreakdown score(@PathParam("id") String id) {
        return leads.score(id);
    }

    @GET
    @Path("{id}/touchpoints")
    @RolesAllowed({ CrmRoles.ADMIN, CrmRoles.MANAGER, CrmRoles.SALES, CrmRoles.MARKETING, CrmRoles.AGENT })
    public List<Touchpoint> touchpoints(@PathParam("id") String id) {
        return leads.touchpoints(id);
    }

    /** The body of a touchpoint a rep logs. */
    public record TouchpointRequest(Touchpoint.Kind kind, String note) {
    }

    @POST
    @Path("{id}/touchpoints")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ CrmRoles.ADMIN, CrmRoles.MANAGER, CrmRoles.SALES })
    public Response addTouchpoint(@PathParam("id") String id, TouchpointRequest request) {
        if (request == null) {
            throw new ValidationException("kind", "is required: CALL, VISIT, MEETING or EMAIL");
        }
        return Response.status(201).entity(leads.addTouchpoint(id, request.kind(), request.note())).build();
    }

    private static EntityTag etag(Lead lead) {
        return new EntityTag(String.valueOf(lead.version()));
    }
}
