package org.mosaiccrm.leads.api;

import java.util.List;
import java.util.Optional;

import org.mosaiccrm.kernel.api.paging.Page;
import org.mosaiccrm.kernel.api.paging.PageRequest;
import org.osgi.annotation.versioning.ProviderType;

/** Leads from first click to customer. */
@ProviderType
public interface LeadService {

    /**
     * A lead from a public web form: stored before this returns, attributed to the tracked link of
     * its {@code trackingCode}, scored and assigned.
     *
     * @throws org.mosaiccrm.kernel.api.problem.ValidationException with every invalid field
     */
    Lead capture(LeadDraft draft);

    /** A lead a rep enters (source MANUAL unless given). */
    Lead create(LeadDraft draft);

    Lead get(String id);

    Page<Lead> search(LeadQuery query, PageRequest page);

    /**
     * Moves the lead along its pipeline.
     *
     * @param reason required for DISQUALIFIED
     * @throws org.mosaiccrm.kernel.api.problem.ConflictException when the move is not allowed from the
     *         current status (with the {@code allowed} ones) or the version is stale
     */
    Lead changeStatus(String id, long version, LeadStatus status, String reason);

    /**
     * Turns the lead into a customer through the contacts module: the existing customer with the
     * same e-mail or phone, else a new one; consent and source are copied, an interaction is logged.
     *
     * @throws org.mosaiccrm.kernel.api.problem.UnavailableException when contacts is not installed or not licensed
     */
    Conversion convert(String id);

    Touchpoint addTouchpoint(String leadId, Touchpoint.Kind kind, String note);

    List<Touchpoint> touchpoints(String leadId);

    ScoreBreakdown score(String leadId);

    TrackedLink createLink(String campaign, String affiliate, String targetUrl);

    List<TrackedLink> links();

    /** Records a click on the link (no address of the visitor is kept); the target to redirect to. */
    Optional<String> click(String code, String referrer);

    /** Clicks, leads, conversions and conversion rate per campaign and affiliate. */
    List<CampaignFigures> figures();
}
