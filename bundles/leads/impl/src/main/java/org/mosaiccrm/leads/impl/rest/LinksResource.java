package org.mosaiccrm.leads.impl.rest;

import java.util.List;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.mosaiccrm.kernel.api.problem.ValidationException;
import org.mosaiccrm.kernel.api.security.CrmRoles;
import org.mosaiccrm.leads.api.CampaignFigures;
import org.mosaiccrm.leads.api.LeadService;
import org.mosaiccrm.leads.api.TrackedLink;
import org.mosaiccrm.leads.impl.LeadsModule;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** {@code /crm/api/leads/links} and {@code /crm/api/leads/figures}: campaigns and affiliates, for marketing. */
@Component(service = LinksResource.class)
@JaxrsResource
@JaxrsApplicationSelect(LeadsModule.REST_SELECT)
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ CrmRoles.ADMIN, CrmRoles.MANAGER, CrmRoles.MARKETING })
public class LinksResource {

    private final LeadService leads;

    @Activate
    public LinksResource(@Reference LeadService leads) {
        this.leads = leads;
    }

    /** The body of a new tracked link. */
    public record LinkRequest(String campaign, String affiliate, String targetUrl) {
    }

    @POST
    @Path("links")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(LinkRequest request) {
        if (request == null) {
            throw new ValidationException("targetUrl", "is required");
        }
        TrackedLink link = leads.createLink(request.campaign(), request.affiliate(), request.targetUrl());
        return Response.status(201).entity(link).build();
    }

    @GET
    @Path("links")
    public List<TrackedLink> links() {
        return leads.links();
    }

    @GET
    @Path("figures")
    @RolesAllowed({ CrmRoles.ADMIN, CrmRoles.MANAGER, CrmRoles.MARKETING, CrmRoles.SALES })
    public List<CampaignFigures> figures() {
        return leads.figures();
    }
}
