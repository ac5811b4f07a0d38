package org.mosaiccrm.service.impl.rest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import javax.annotation.security.PermitAll;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.OPTIONS;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.MultivaluedMap;
import javax.ws.rs.core.Response;

import org.mosaiccrm.commons.forms.PublicForms;
import org.mosaiccrm.kernel.api.RequestParameters;
import org.mosaiccrm.kernel.api.problem.NotFoundException;
import org.mosaiccrm.kernel.api.problem.ValidationException;
import org.mosaiccrm.kernel.api.security.RateLimit;
import org.mosaiccrm.service.api.CaptureAnswer;
import org.mosaiccrm.service.api.ServiceDesk;
import org.mosaiccrm.service.api.Survey;
import org.mosaiccrm.service.api.TicketChannel;
import org.mosaiccrm.service.api.TicketDraft;
import org.mosaiccrm.service.api.TicketPriority;
import org.mosaiccrm.service.api.TrackedTicket;
import org.mosaiccrm.service.impl.ServiceConfig;
import org.mosaiccrm.service.impl.ServiceModule;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * The public side, no login: web-to-case ({@code POST capture}, the same defences as web-to-lead: allowed
 * origins, honeypot, unknown fields refused, a rate limit), tracking by number and e-mail (a mismatch answers
 * exactly like an unknown number), "this solved it", replies, and the satisfaction survey's link.
 */
@Component(service = PublicResource.class, configurationPid = ServiceConfig.PID)
@JaxrsResource
@JaxrsApplicationSelect(ServiceModule.REST_SELECT)
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class PublicResource {

    static final Set<String> FIELDS = Set.of("email", "name", "category", "subject", "message", "language", "product",
            "order", "serialNumber", "priority");

    /** API field → the form's field, for error messages. */
    private static final Map<String, String> FORM_NAMES = Map.of("requesterEmail", "email", "requesterName", "name",
            "description", "message", "productSku", "product", "orderId", "order");
    private static final java.util.Random ROBOTS = new java.security.SecureRandom();

    private final ServiceDesk desk;
    private volatile Set<String> origins;
    private volatile String honeypot;

    @Activate
    public PublicResource(@Reference ServiceDesk desk, ServiceConfig config) {
        this.desk = desk;
        modified(config);
    }

    @Modified
    void modified(ServiceConfig config) {
        this.origins = Set.copyOf(org.mosaiccrm.kernel.api.config.ConfigurationValues.entries(new String[] {config.captureOrigins()}));
        this.honeypot = config.honeypotField().trim();
    }

    @POST
    @Path("capture")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RateLimit(requests = 10, perSeconds = 60)
    public Response captureForm(@HeaderParam("Origin") String origin, MultivaluedMap<String, String> form) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        if (form != null) {
            form.forEach(fields::put);
        }
        return capture(origin, fields);
    }

    @POST
    @Path("capture")
    @Consumes(MediaType.APPLICATION_JSON)
    @RateLimit(requests = 10, perSeconds = 60)
    public Response captureJson(@HeaderParam("Origin") String origin, Map<String, Object> body) {
        return capture(origin, PublicForms.fromJson(body));
    }

    @OPTIONS
    @Path("capture")
    public Response preflight(@HeaderParam("Origin") String origin) {
        return cors(Response.noContent(), PublicForms.allowedOrigin(origins, origin, "service captureOrigins"))
                .header("Access-Control-Allow-Methods", "POST").header("Access-Control-Allow-Headers", "Content-Type")
                .header("Access-Control-Max-Age", "600").build();
    }

    private Response capture(String origin, Map<String, List<String>> fields) {
        String allowed = PublicForms.allowedOrigin(origins, origin, "service captureOrigins");
        CaptureAnswer answer;
        if (PublicForms.one(fields, honeypot) != null) {
            // a robot gets what a person gets (a number of this year, the articles its words find) and nothing is stored
            String subject = PublicForms.one(fields, "subject");
            answer = new CaptureAnswer(String.format("SR-%d-%06d", java.time.Year.now().getValue(), ROBOTS.nextInt(1_000_000)), "ASSIGNED",
                    subject == null ? List.of() : desk.searchArticles(subject.length() > 1000 ? subject.substring(0, 1000) : subject, null, 3));
        } else {
            PublicForms.refuseUnknown(fields, FIELDS, honeypot, "service form");
            String priority = PublicForms.one(fields, "priority");
            TicketDraft draft = new TicketDraft(null, RequestParameters.required("email", PublicForms.one(fields, "email"),
                    "email=marie@example.fr"), PublicForms.one(fields, "name"), PublicForms.one(fields, "category"),
                    TicketChannel.WEB_FORM, priority == null ? null : priority(priority),
                    PublicForms.one(fields, "subject"), PublicForms.one(fields, "message"), PublicForms.one(fields, "language"),
                    PublicForms.one(fields, "product"), PublicForms.one(fields, "order"), PublicForms.one(fields, "serialNumber"));
            try {
                answer = desk.capture(draft);
            } catch (ValidationException e) {
                // the form's own field names, not the API's
                throw new ValidationException(e.errors().stream().map(error -> new org.mosaiccrm.kernel.api.problem.FieldError(
                        FORM_NAMES.getOrDefault(error.field(), error.field()), error.message())).toList());
            }
        }
        return cors(Response.status(Response.Status.CREATED).entity(answer), allowed).build();
    }

    /** The public form offers low to high; urgent is for agents to decide. */
    private static TicketPriority priority(String value) {
        TicketPriority priority = RequestParameters.enumValue(TicketPriority.class, "priority", value.toUpperCase(Locale.ROOT));
        if (priority == TicketPriority.URGENT) {
            throw new ValidationException("priority", "is LOW, NORMAL or HIGH on the public form");
        }
        return priority;
    }

    private static Response.ResponseBuilder cors(Response.ResponseBuilder answer, String origin) {
        return origin == null ? answer : answer.header("Access-Control-Allow-Origin", origin).header("Vary", "Origin");
    }

    @GET
    @Path("track")
    @RateLimit(requests = 30, perSeconds = 60)
    public TrackedTicket track(@QueryParam("number") String number, @QueryParam("email") String email) {
        return desk.track(RequestParameters.required("number", number, "number=SR-2026-000042"),
                RequestParameters.required("email", email, "email=marie@example.fr")).orElseThrow(PublicResource::noSuchTicket);
    }

    /** What the requester sends to close their ticket with an article, or to answer. */
    public record RequesterMessage(String number, String email, String articleId, String text) {
    }

    @POST
    @Path("track/solved")
    @Consumes(MediaType.APPLICATION_JSON)
    @RateLimit(requests = 10, perSeconds = 60)
    public TrackedTicket solved(RequesterMessage message) {
        RequesterMessage m = required(message);
        return desk.deflect(m.number(), m.email(), m.articleId()).orElseThrow(PublicResource::noSuchTicket);
    }

    @POST
    @Path("track/replies")
    @Consumes(MediaType.APPLICATION_JSON)
    @RateLimit(requests = 10, perSeconds = 60)
    public TrackedTicket reply(RequesterMessage message) {
        RequesterMessage m = required(message);
        return desk.replyAsRequester(m.number(), m.email(), m.text()).orElseThrow(PublicResource::noSuchTicket);
    }

    /** The survey's link of a resolved ticket, for whoever tracks it by number and e-mail. */
    @POST
    @Path("track/survey")
    @Consumes(MediaType.APPLICATION_JSON)
    @RateLimit(requests = 10, perSeconds = 60)
    public TicketsResource.SurveyLink surveyLink(RequesterMessage message) {
        RequesterMessage m = required(message);
        return new TicketsResource.SurveyLink(desk.surveyLink(m.number(), m.email()).orElseThrow(PublicResource::noSuchTicket));
    }

    private static RequesterMessage required(RequesterMessage message) {
        if (message == null) {
            throw new ValidationException("number", "the ticket's number and the requester's e-mail address are needed");
        }
        RequestParameters.required("number", message.number(), "\"number\": \"SR-2026-000042\"");
        RequestParameters.required("email", message.email(), "\"email\": \"marie@example.fr\"");
        return message;
    }

    /** The same answer for an unknown number and for a wrong e-mail address. */
    private static NotFoundException noSuchTicket() {
        return new NotFoundException("Ticket", "with this number and e-mail address");
    }

    @GET
    @Path("surveys/{token}")
    @RateLimit(requests = 30, perSeconds = 60)
    public Survey survey(@PathParam("token") String token) {
        return desk.survey(token).orElseThrow(() -> new NotFoundException("Survey", "(this link)"));
    }

    /** A survey's answer. */
    public record SurveyAnswer(Integer rating, String comment) {
    }

    @POST
    @Path("surveys/{token}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RateLimit(requests = 10, perSeconds = 60)
    public Survey answer(@PathParam("token") String token, SurveyAnswer answer) {
        if (answer == null || answer.rating() == null) {
            throw new ValidationException("rating", "is 1 (very unhappy) to 5 (very happy)");
        }
        return desk.answerSurvey(token, answer.rating(), answer.comment());
    }
}
