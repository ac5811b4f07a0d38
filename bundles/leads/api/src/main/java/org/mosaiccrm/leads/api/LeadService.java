package org.mosaiccrm.leads.api;

import java.io.Reader;
import java.util.List;
import java.util.Optional;
import java.util.function.LongConsumer;

import org.mosaiccrm.kernel.api.imports.ImportReport;
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

    /**
     * Imports leads from CSV (this CRM's column names or the usual exports': First Name, E-mail Address,
     * Business Phone...), streamed, a batch per transaction, with the contacts import's machinery. A row
     * whose e-mail, else phone, matches a lead updates it (filled columns win); others create one (source
     * IMPORT unless a {@code source} column says otherwise). Re-importing a file creates nothing.
     *
     * @param delimiter {@code ;} or {@code ,}; {@code null} to detect it
     * @param progress  told the rows done after each batch
     */
    ImportReport importCsv(Reader csv, boolean dryRun, Character delimiter, LongConsumer progress);

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
