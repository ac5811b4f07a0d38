package org.mosaiccrm.leads.impl.pipeline;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.mosaiccrm.leads.api.Consent;
import org.mosaiccrm.leads.api.Lead;
import org.mosaiccrm.leads.api.Touch;
import org.mosaiccrm.leads.api.Touchpoint;
import org.mosaiccrm.leads.api.TrackedLink;
import org.mosaiccrm.leads.api.Utm;
import org.mosaiccrm.leads.impl.persistence.LeadEntity;
import org.mosaiccrm.leads.impl.persistence.TouchpointEntity;
import org.mosaiccrm.leads.impl.persistence.TrackedLinkEntity;

/** Entities to API records (the score computed as of now), and the snapshots the audit trail compares. */
public final class LeadMapping {

    private final LeadScoring scoring;

    public LeadMapping(LeadScoring scoring) {
        this.scoring = scoring;
    }

    public Lead toLead(LeadEntity e) {
        Utm utm = e.utmSource == null && e.utmMedium == null && e.utmCampaign == null && e.utmTerm == null
                && e.utmContent == null ? null : new Utm(e.utmSource, e.utmMedium, e.utmCampaign, e.utmTerm, e.utmContent);
        return new Lead(e.id, e.version, e.firstName, e.lastName, e.company, e.email, e.phone, e.source, e.campaign,
                e.affiliate, utm, e.status, e.disqualifiedReason, e.owner, e.notes,
                new Consent(e.consentOptIn, e.consentAt, e.consentText), scoring.score(e, e.touchpoints, Instant.now()).score(),
                e.firstCode == null ? null : new Touch(e.firstCode, e.firstCampaign, e.firstAffiliate),
                e.lastCode == null ? null : new Touch(e.lastCode, e.lastCampaign, e.lastAffiliate),
                e.customerId, e.createdAt, e.createdBy, e.updatedAt);
    }

    public static Touchpoint toTouchpoint(TouchpointEntity e) {
        return new Touchpoint(e.id, e.leadId, e.kind, e.at, e.user, e.note);
    }

    public static TrackedLink toLink(TrackedLinkEntity e) {
        return new TrackedLink(e.code, e.campaign, e.affiliate, e.targetUrl, e.createdAt);
    }

    /** What a person would call the lead's fields, as text, for field-level audit. */
    public static Map<String, Object> snapshot(LeadEntity e) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("firstName", e.firstName);
        fields.put("lastName", e.lastName);
        fields.put("company", e.company);
        fields.put("email", e.email);
        fields.put("phone", e.phone);
        fields.put("source", e.source);
        fields.put("campaign", e.campaign);
        fields.put("affiliate", e.affiliate);
        fields.put("status", e.status);
        fields.put("disqualifiedReason", e.disqualifiedReason);
        fields.put("owner", e.owner);
        fields.put("consent", e.consentOptIn ? "opt-in " + e.consentAt : null);
        fields.put("customerId", e.customerId);
        return fields;
    }
}
