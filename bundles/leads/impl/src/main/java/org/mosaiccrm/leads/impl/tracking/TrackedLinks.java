package org.mosaiccrm.leads.impl.tracking;

import java.net.URI;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import javax.persistence.EntityManager;

import org.mosaiccrm.kernel.api.problem.FieldError;
import org.mosaiccrm.kernel.api.problem.ValidationException;
import org.mosaiccrm.kernel.api.paging.PageRequest;
import org.mosaiccrm.leads.api.LeadDraft;
import org.mosaiccrm.leads.api.TrackedLink;
import org.mosaiccrm.leads.impl.persistence.ClickEntity;
import org.mosaiccrm.leads.impl.persistence.LeadEntity;
import org.mosaiccrm.leads.impl.persistence.TrackedLinkEntity;
import org.mosaiccrm.leads.impl.pipeline.LeadMapping;

/** Tracked links: creating them, counting their clicks, and attributing the leads they bring. */
public final class TrackedLinks {

    /** Appended to the target: the site passes it back with the form. */
    static final String PARAMETER = "crm_t";
    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private final SecureRandom random = new SecureRandom();

    public TrackedLink create(EntityManager em, String campaign, String affiliate, String targetUrl) {
        List<FieldError> errors = new ArrayList<>();
        if (blank(campaign) && blank(affiliate)) {
            errors.add(new FieldError("campaign", "a tracked link belongs to a campaign, an affiliate or both"));
        }
        FieldError.checkLength(errors, "campaign", campaign, 100);
        FieldError.checkLength(errors, "affiliate", affiliate, 100);
        if (!isWebAddress(targetUrl)) {
            errors.add(new FieldError("targetUrl", "must be an absolute http or https address of at most 2000 characters"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        TrackedLinkEntity link = new TrackedLinkEntity();
        link.code = newCode();
        link.campaign = blank(campaign) ? null : campaign.trim();
        link.affiliate = blank(affiliate) ? null : affiliate.trim();
        link.targetUrl = targetUrl.trim();
        link.createdAt = Instant.now();
        em.persist(link);
        return LeadMapping.toLink(link);
    }

    public List<TrackedLink> all(EntityManager em) {
        return em.createQuery("SELECT l FROM TrackedLinkEntity l ORDER BY l.createdAt DESC", TrackedLinkEntity.class)
                .setMaxResults(PageRequest.MAX_LIMIT).getResultList().stream().map(LeadMapping::toLink).toList();
    }

    /** Records the click (the referrer's host only) and gives the target, carrying the code. */
    public Optional<String> click(EntityManager em, String code, String referrer) {
        TrackedLinkEntity link = code == null || code.length() > 32 ? null : em.find(TrackedLinkEntity.class, code);
        if (link == null) {
            return Optional.empty();
        }
        ClickEntity click = new ClickEntity();
        click.id = UUID.randomUUID().toString();
        click.code = code;
        click.campaign = link.campaign;
        click.affiliate = link.affiliate;
        click.referrerHost = hostOf(referrer);
        click.at = Instant.now();
        em.persist(click);
        return Optional.of(link.targetUrl + (link.targetUrl.contains("?") ? "&" : "?") + PARAMETER + "=" + code);
    }

    /** First and last touch from the draft's tracking codes; the lead's campaign and affiliate default to the last's. */
    public void attribute(EntityManager em, LeadEntity lead, LeadDraft draft) {
        List<TrackedLinkEntity> known = draft.trackingCodes().stream().map(code -> em.find(TrackedLinkEntity.class, code))
                .filter(link -> link != null).toList();
        if (!known.isEmpty()) {
            TrackedLinkEntity first = known.get(0);
            TrackedLinkEntity last = known.get(known.size() - 1);
            lead.firstCode = first.code;
            lead.firstCampaign = first.campaign;
            lead.firstAffiliate = first.affiliate;
            lead.lastCode = last.code;
            lead.lastCampaign = last.campaign;
            lead.lastAffiliate = last.affiliate;
        }
        lead.campaign = draft.campaign() != null ? draft.campaign() : lead.lastCampaign;
        lead.affiliate = draft.affiliate() != null ? draft.affiliate() : lead.lastAffiliate;
    }

    private String newCode() {
        StringBuilder code = new StringBuilder(10);
        for (int i = 0; i < 10; i++) {
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    private static String hostOf(String referrer) {
        try {
            String host = referrer == null ? null : URI.create(referrer.trim()).getHost();
            return host == null || host.length() > 255 ? null : host;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static boolean isWebAddress(String value) {
        try {
            URI uri = value == null ? null : URI.create(value.trim());
            return uri != null && uri.getHost() != null && value.length() <= 2000
                    && ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
