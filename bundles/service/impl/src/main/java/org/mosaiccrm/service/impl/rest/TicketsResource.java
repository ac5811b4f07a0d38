package org.mosaiccrm.service.impl.rest;

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

import org.mosaiccrm.kernel.api.RequestParameters;
import org.mosaiccrm.kernel.api.paging.Page;
import org.mosaiccrm.kernel.api.paging.PageRequest;
import org.mosaiccrm.kernel.api.problem.ValidationException;
import org.mosaiccrm.kernel.api.security.CallerContext;
import org.mosaiccrm.kernel.api.security.CrmRoles;
import org.mosaiccrm.service.api.ArticleHit;
import org.mosaiccrm.service.api.ServiceDesk;
import org.mosaiccrm.service.api.SlaState;
import org.mosaiccrm.service.api.Ticket;
import org.mosaiccrm.service.api.TicketComment;
import org.mosaiccrm.service.api.TicketDraft;
import org.mosaiccrm.service.api.TicketQuery;
import org.mosaiccrm.service.api.TicketStatus;
import org.mosaiccrm.service.impl.ServiceModule;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * {@code /crm/api/service/tickets}: agents work tickets, managers supervise them (the escalation queue is
 * {@code ?escalated=true&open=true}), a portal customer opens, reads and answers their own. Changes that
 * could overwrite another person's need {@code If-Match} with the version read.
 */
@Component(service = TicketsResource.class)
@JaxrsResource
@JaxrsApplicationSelect(ServiceModule.REST_SELECT)
@Path("tickets")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ CrmRoles.ADMIN, CrmRoles.MANAGER, CrmRoles.AGENT })
public class TicketsResource {

    private final ServiceDesk desk;
    private final CallerContext callers;

    @Activate
    public TicketsResource(@Reference ServiceDesk desk, @Reference CallerContext callers) {
        this.desk = desk;
        this.callers = callers;
    }

    @GET
    @RolesAllowed({ CrmRoles.ADMIN, CrmRoles.MANAGER, CrmRoles.AGENT, CrmRoles.SALES, CrmRoles.CUSTOMER })
    public Page<Ticket> list(@QueryParam("customerId") String customerId, @QueryParam("assignee") String assignee,
                             @QueryParam("mine") boolean mine, @QueryParam("team") String team, @QueryParam("status") String status,
                             @QueryParam("open") String open, @QueryParam("escalated") String escalated, @QueryParam("sla") String sla,
                             @QueryParam("category") String category, @QueryParam("offset") String offset,
                             @QueryParam("limit") String limit) {
        PageRequest page = PageRequest.parse(offset, limit);
        return desk.tickets(new TicketQuery(customerId, mine ? callers.name() : assignee, team,
                RequestParameters.enumValue(TicketStatus.class, "status", status), bool("open", open), bool("escalated", escalated),
                RequestParameters.enumValue(SlaState.class, "sla", sla), category), page);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ CrmRoles.ADMIN, CrmRoles.MANAGER, CrmRoles.AGENT, CrmRoles.SALES, CrmRoles.CUSTOMER })
    public Response open(TicketDraft draft) {
        Ticket ticket = desk.open(draft);
        return Response.created(URI.create("tickets/" + ticket.id())).tag(etag(ticket)).entity(ticket).build();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ CrmRoles.ADMIN, CrmRoles.MANAGER, CrmRoles.AGENT, CrmRoles.SALES, CrmRoles.CUSTOMER })
    public Response get(@PathParam("id") String id) {
        Ticket ticket = desk.get(id);
        return Response.ok(ticket).tag(etag(ticket)).build();
    }

    /** A ticket by the number the customer quotes on the phone. */
    @GET
    @Path("by-number/{number}")
    @RolesAllowed({ CrmRoles.ADMIN, CrmRoles.MANAGER, CrmRoles.AGENT, CrmRoles.SALES })
    public Response byNumber(@PathParam("number") String number) {
        Ticket ticket = desk.byNumber(number);
        return Response.ok(ticket).tag(etag(ticket)).build();
    }

    /** The body of a status change; the note becomes an internal comment. */
    public record StatusChange(TicketStatus status, String note) {
    }

    @POST
    @Path("{id}/status")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response changeStatus(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, StatusChange change) {
        if (change == null) {
            throw new ValidationException("status", "is required");
        }
        Ticket ticket = desk.changeStatus(id, RequestParameters.ifMatchVersion(ifMatch), change.status(), change.note());
        return Response.ok(ticket).tag(etag(ticket)).build();
    }

    @GET
    @Path("{id}/comments")
    @RolesAllowed({ CrmRoles.ADMIN, CrmRoles.MANAGER, CrmRoles.AGENT, CrmRoles.SALES, CrmRoles.CUSTOMER })
    public List<TicketComment> comments(@PathParam("id") String id) {
        return desk.comments(id);
    }

    /** A comment: {@code internal} for staff only. */
    public record NewComment(String text, Boolean internal) {
    }

    @POST
    @Path("{id}/comments")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ CrmRoles.ADMIN, CrmRoles.MANAGER, CrmRoles.AGENT, CrmRoles.CUSTOMER })
    public Response comment(@PathParam("id") String id, NewComment comment) {
        if (comment == null) {
            throw new ValidationException("text", "is required");
        }
        TicketComment written = desk.comment(id, comment.text(), Boolean.TRUE.equals(comment.internal()));
        return Response.created(URI.create("comments/" + written.id())).entity(written).build();
    }

    /** The body of an assignment by a person. */
    public record Assignment(String agent) {
    }

    @POST
    @Path("{id}/assign")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response assign(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, Assignment assignment) {
        Ticket ticket = desk.assign(id, RequestParameters.ifMatchVersion(ifMatch), assignment == null ? null : assignment.agent());
        return Response.ok(ticket).tag(etag(ticket)).build();
    }

    @POST
    @Path("{id}/reroute")
    public Response reroute(@PathParam("id") String id) {
        Ticket ticket = desk.reroute(id);
        return Response.ok(ticket).tag(etag(ticket)).build();
    }

    /** Why a ticket goes to the supervisors. */
    public record Escalation(String reason) {
    }

    @POST
    @Path("{id}/escalate")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response escalate(@PathParam("id") String id, Escalation escalation) {
        Ticket ticket = desk.escalate(id, escalation == null ? null : escalation.reason());
        return Response.ok(ticket).tag(etag(ticket)).build();
    }

    /** The customer an unknown requester turned out to be. */
    public record CustomerLink(String customerId) {
    }

    @POST
    @Path("{id}/customer")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response linkCustomer(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, CustomerLink link) {
        Ticket ticket = desk.linkCustomer(id, RequestParameters.ifMatchVersion(ifMatch), link == null ? null : link.customerId());
        return Response.ok(ticket).tag(etag(ticket)).build();
    }

    /** Knowledge-base articles that may answer the ticket (a portal customer: theirs). */
    @GET
    @Path("{id}/suggestions")
    @RolesAllowed({ CrmRoles.ADMIN, CrmRoles.MANAGER, CrmRoles.AGENT, CrmRoles.CUSTOMER })
    public List<ArticleHit> suggestions(@PathParam("id") String id) {
        return desk.suggestions(id, 5);
    }

    /**
     * A file for the ticket: the body is the file, its Content-Type the file's type, {@code ?name=} its name
     * (staff, or the portal customer whose ticket it is).
     */
    @POST
    @Path("{id}/attachments")
    @Consumes(MediaType.WILDCARD)
    @org.mosaiccrm.kernel.api.security.BodyLimit(megabytes = 50)
    @RolesAllowed({ CrmRoles.ADMIN, CrmRoles.MANAGER, CrmRoles.AGENT, CrmRoles.CUSTOMER })
    public Response attach(@PathParam("id") String id, @QueryParam("name") String name, @HeaderParam("Content-Type") String type,
                           java.io.InputStream body) {
        org.mosaiccrm.service.api.Attachment attached = desk.attach(id, name, type, body);
        return Response.created(URI.create("attachments/" + attached.id())).entity(attached).build();
    }

    @GET
    @Path("{id}/attachments")
    @RolesAllowed({ CrmRoles.ADMIN, CrmRoles.MANAGER, CrmRoles.AGENT, CrmRoles.SALES, CrmRoles.CUSTOMER })
    public List<org.mosaiccrm.service.api.Attachment> attachments(@PathParam("id") String id) {
        return desk.attachments(id);
    }

    /** The file, always as a download (never shown inline: a file is not a page of this site). */
    @GET
    @Path("{id}/attachments/{attachment}")
    @Produces(MediaType.WILDCARD)
    @RolesAllowed({ CrmRoles.ADMIN, CrmRoles.MANAGER, CrmRoles.AGENT, CrmRoles.SALES, CrmRoles.CUSTOMER })
    public Response download(@PathParam("id") String id, @PathParam("attachment") String attachment) {
        org.mosaiccrm.service.api.Attachment file = desk.attachments(id).stream().filter(a -> a.id().equals(attachment)).findFirst()
                .orElseThrow(() -> new org.mosaiccrm.kernel.api.problem.NotFoundException("Attachment", attachment));
        java.io.InputStream content = desk.attachmentContent(id, attachment);
        String encoded = java.net.URLEncoder.encode(file.fileName(), java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
        return Response.ok((javax.ws.rs.core.StreamingOutput) out -> {
            try (content) {
                content.transferTo(out);
            }
        }, file.contentType()).header("Content-Disposition", "attachment; filename*=UTF-8''" + encoded)
                .header("X-Content-Type-Options", "nosniff").header("Content-Length", file.size()).build();
    }

    /** The business-rule prompts and the warranty of the ticket's serial number. */
    @GET
    @Path("{id}/hints")
    public org.mosaiccrm.service.api.AgentHints hints(@PathParam("id") String id) {
        return desk.hints(id);
    }

    /** The article that solved a portal customer's request. */
    public record Solved(String articleId) {
    }

    @POST
    @Path("{id}/solved")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(CrmRoles.CUSTOMER)
    public Response solved(@PathParam("id") String id, Solved solved) {
        Ticket ticket = desk.deflectOwn(id, solved == null ? null : solved.articleId());
        return Response.ok(ticket).tag(etag(ticket)).build();
    }

    /** A survey's link, handed to the customer only. */
    public record SurveyLink(String link) {
    }

    @POST
    @Path("{id}/survey")
    @RolesAllowed(CrmRoles.CUSTOMER)
    public SurveyLink surveyLink(@PathParam("id") String id) {
        return new SurveyLink(desk.surveyLink(id).orElseThrow(() -> new org.mosaiccrm.kernel.api.problem.NotFoundException(
                "Survey", "for this ticket (answered, expired or not resolved yet)")));
    }

    static EntityTag etag(Ticket ticket) {
        return new EntityTag(String.valueOf(ticket.version()));
    }

    static Boolean bool(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!value.equals("true") && !value.equals("false")) {
            throw new ValidationException(name, "is true or false");
        }
        return Boolean.valueOf(value);
    }
}
