package org.mosaiccrm.leads.impl.rest;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import javax.annotation.security.PermitAll;
import javax.ws.rs.Consumes;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.OPTIONS;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.MultivaluedMap;
import javax.ws.rs.core.Response;

import org.mosaiccrm.commons.forms.PublicForms;
import org.mosaiccrm.kernel.api.RequestParameters;
import org.mosaiccrm.kernel.api.problem.ValidationException;
import org.mosaiccrm.kernel.api.security.RateLimit;
import org.mosaiccrm.leads.api.Consent;
import org.mosaiccrm.leads.api.Lead;
import org.mosaiccrm.leads.api.LeadDraft;
import org.mosaiccrm.leads.api.LeadService;
import org.mosaiccrm.leads.api.LeadSource;
import org.mosaiccrm.leads.api.Utm;
import org.mosaiccrm.leads.impl.LeadsConfig;
import org.mosaiccrm.leads.impl.LeadsModule;
import org.mosaiccrm.leads.impl.pipeline.Settings;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * {@code POST /crm/api/leads/capture}: the public web-to-lead endpoint. A website's form posts here
 * (form-urlencoded, or JSON with the same flat field names); the lead is stored before the answer.
 * Browsers may post only from the configured origins (CORS); a robot that fills the honeypot field
 * gets the same answer as a person and nothing is stored; each client address has a rate limit.
 */
@Component(service = CaptureResource.class, configurationPid = LeadsConfig.PID)
@JaxrsResource
@JaxrsApplicationSelect(LeadsModule.REST_SELECT)
@Path("capture")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class CaptureResource {

    static final Set<String> FIELDS = Set.of("firstName", "lastName", "company", "email", "phone", "source", "campaign",
            "affiliate", "utm_source", "utm_medium", "utm_campaign", "utm_term", "utm_content", "message", "consent",
            "consentText", "crm_t", "redirect");

    private final LeadService leads;
    private volatile Set<String> origins;
    private volatile String honeypot;

    @Activate
    public CaptureResource(@Reference LeadService leads, LeadsConfig config) {
        this.leads = leads;
        modified(config);
    }

    /** A configuration the kernel accepted: the form keeps answering while it changes. */
    @Modified
    void modified(LeadsConfig config) {
        this.origins = Set.copyOf(Settings.entries(config.captureOrigins()));
        this.honeypot = config.honeypotField();
    }

    /** What the form gets back: the same whether the submission was kept or was a robot's. */
    public record Receipt(String id, boolean received) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RateLimit(requests = 20, perSeconds = 60)
    public Response captureForm(@HeaderParam("Origin") String origin, MultivaluedMap<String, String> form) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        if (form != null) {
            form.forEach(fields::put);
        }
        return capture(origin, fields);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RateLimit(requests = 20, perSeconds = 60)
    public Response captureJson(@HeaderParam("Origin") String origin, Map<String, Object> body) {
        return capture(origin, PublicForms.fromJson(body));
    }

    /** The browser's preflight for a cross-origin JSON post. */
    @OPTIONS
    public Response preflight(@HeaderParam("Origin") String origin) {
        return cors(Response.noContent(), allowedOrigin(origin))
                .header("Access-Control-Allow-Methods", "POST")
                .header("Access-Control-Allow-Headers", "Content-Type")
                .header("Access-Control-Max-Age", "600").build();
    }

    private Response capture(String origin, Map<String, List<String>> fields) {
        String allowed = allowedOrigin(origin);
        URI redirect = redirect(one(fields, "redirect"));
        String id;
        if (one(fields, honeypot) != null) {
            id = UUID.randomUUID().toString(); // a robot: answered like a person, so it learns nothing
        } else {
            refuseUnknown(fields);
            Lead lead = leads.capture(draft(fields));
            id = lead.id();
        }
        Response.ResponseBuilder answer = redirect != null ? Response.seeOther(redirect)
                : Response.created(URI.create(id)).entity(new Receipt(id, true));
        return cors(answer, allowed).build();
    }

    /** The origin if the configuration allows it; a browser post from elsewhere is refused (403). */
    private String allowedOrigin(String origin) {
        return PublicForms.allowedOrigin(origins, origin, "leads captureOrigins");
    }

    private static Response.ResponseBuilder cors(Response.ResponseBuilder answer, String origin) {
        return origin == null ? answer : answer.header("Access-Control-Allow-Origin", origin).header("Vary", "Origin");
    }

    private URI redirect(String target) {
        if (target == null) {
            return null;
        }
        try {
            URI uri = URI.create(target.trim());
            String origin = uri.getScheme() + "://" + uri.getAuthority();
            if (uri.getHost() != null && origins.contains(origin)) {
                return uri;
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        throw new ValidationException("redirect", "must be a page of one of the allowed web sites (leads captureOrigins)");
    }

    private void refuseUnknown(Map<String, List<String>> fields) {
        PublicForms.refuseUnknown(fields, FIELDS, honeypot, "lead form");
    }

    private static LeadDraft draft(Map<String, List<String>> fields) {
        String utmSource = one(fields, "utm_source");
        String utmMedium = one(fields, "utm_medium");
        String utmCampaign = one(fields, "utm_campaign");
        String utmTerm = one(fields, "utm_term");
        String utmContent = one(fields, "utm_content");
        Utm utm = utmSource == null && utmMedium == null && utmCampaign == null && utmTerm == null && utmContent == null
                ? null : new Utm(utmSource, utmMedium, utmCampaign, utmTerm, utmContent);
        String consent = one(fields, "consent");
        boolean optIn = consent != null && Set.of("on", "true", "yes", "1").contains(consent.toLowerCase(Locale.ROOT));
        String campaign = one(fields, "campaign");
        return new LeadDraft(one(fields, "firstName"), one(fields, "lastName"), one(fields, "company"), one(fields, "email"),
                one(fields, "phone"), RequestParameters.enumValue(LeadSource.class, "source", one(fields, "source")),
                campaign != null ? campaign : utmCampaign, one(fields, "affiliate"), utm, null, one(fields, "message"),
                consent == null && one(fields, "consentText") == null ? null : new Consent(optIn, null, one(fields, "consentText")),
                fields.getOrDefault("crm_t", List.of()));
    }

    private static String one(Map<String, List<String>> fields, String name) {
        return PublicForms.one(fields, name);
    }
}
