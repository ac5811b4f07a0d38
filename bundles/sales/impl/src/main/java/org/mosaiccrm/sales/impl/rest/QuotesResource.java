package org.mosaiccrm.sales.impl.rest;

import java.net.URI;
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
import javax.ws.rs.core.EntityTag;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.mosaiccrm.kernel.api.RequestParameters;
import org.mosaiccrm.kernel.api.security.CrmRoles;
import org.mosaiccrm.sales.api.Quote;
import org.mosaiccrm.sales.api.QuoteService;
import org.mosaiccrm.sales.impl.SalesModule;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** {@code /crm/api/sales/quotes}: drafted, revised, sent, accepted into an order or declined, and printed as PDF. */
@Component(service = QuotesResource.class)
@JaxrsResource
@JaxrsApplicationSelect(SalesModule.REST_SELECT)
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ CrmRoles.ADMIN, CrmRoles.MANAGER, CrmRoles.SALES })
public class QuotesResource {

    private final QuoteService quotes;

    @Activate
    public QuotesResource(@Reference QuoteService quotes) {
        this.quotes = quotes;
    }

    @POST
    @Path("quotes")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response draft(Quote.Draft draft) {
        Quote drafted = quotes.draft(draft);
        return Response.created(URI.create("quotes/" + drafted.id())).tag(etag(drafted)).entity(drafted).build();
    }

    @GET
    @Path("quotes/{id}")
    public Response get(@PathParam("id") String id) {
        Quote quote = quotes.get(id);
        return Response.ok(quote).tag(etag(quote)).build();
    }

    @GET
    @Path("opportunities/{id}/quotes")
    public List<Quote> ofOpportunity(@PathParam("id") String opportunityId) {
        return quotes.ofOpportunity(opportunityId);
    }

    /** Needs {@code If-Match}; only a draft is revised. */
    @PUT
    @Path("quotes/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response revise(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, Quote.Draft draft) {
        return ok(quotes.revise(id, RequestParameters.ifMatchVersion(ifMatch), draft));
    }

    @POST
    @Path("quotes/{id}/send")
    public Response send(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch) {
        return ok(quotes.send(id, RequestParameters.ifMatchVersion(ifMatch)));
    }

    /** The order is placed in the same transaction: a refused credit check (409) leaves the quote as it was. */
    @POST
    @Path("quotes/{id}/accept")
    public Response accept(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch) {
        return ok(quotes.accept(id, RequestParameters.ifMatchVersion(ifMatch)));
    }

    /** The body of a decline. */
    public record Decline(String reason) {
    }

    @POST
    @Path("quotes/{id}/decline")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response decline(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, Decline decline) {
        return ok(quotes.decline(id, RequestParameters.ifMatchVersion(ifMatch), decline == null ? null : decline.reason()));
    }

    /**
     * The printable document, in the quote's language: written whole before the answer starts (a few KB), as the
     * caller, so that a failure is a problem answer and never a cut PDF.
     */
    @GET
    @Path("quotes/{id}/document")
    @Produces("application/pdf")
    public Response document(@PathParam("id") String id) {
        Quote quote = quotes.get(id);
        java.io.ByteArrayOutputStream pdf = new java.io.ByteArrayOutputStream();
        quotes.print(id, pdf);
        return Response.ok(pdf.toByteArray(), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"" + quote.number() + ".pdf\"").build();
    }

    private static Response ok(Quote quote) {
        return Response.ok(quote).tag(etag(quote)).build();
    }

    private static EntityTag etag(Quote quote) {
        return new EntityTag(String.valueOf(quote.version()));
    }
}
