package org.mosaiccrm.sales.api;

import java.util.List;

import org.mosaiccrm.kernel.api.paging.Page;
import org.mosaiccrm.kernel.api.paging.PageRequest;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Opportunities, their stages and the forecast. Registered only while the license grants {@code sales}. A sales
 * rep sees and changes only the opportunities they own; managers and administrators see the whole team's and
 * may reassign them. Another's opportunity is "not found" to a rep.
 */
@ProviderType
public interface OpportunityService {

    /** The stages in order: the configured open ones, then won and lost. */
    List<Stage> stages();

    /**
     * Opens an opportunity for a customer; the owner is the caller unless a manager names another.
     *
     * @throws org.mosaiccrm.kernel.api.problem.ValidationException naming each invalid field
     * @throws org.mosaiccrm.kernel.api.problem.NotFoundException when the customer does not exist
     */
    Opportunity open(Opportunity.Draft draft);

    /**
     * Opens an opportunity from a lead: the lead is converted first if it was not (its customer is found or
     * created by the leads module), and the opportunity keeps the lead and its campaign.
     *
     * @throws org.mosaiccrm.kernel.api.problem.UnavailableException when the leads module is not running
     */
    Opportunity openFromLead(String leadId, Opportunity.Draft draft);

    Opportunity get(String id);

    Page<Opportunity> search(OpportunityQuery query, PageRequest page);

    /** Edits what the draft names (not the stage, not the owner); {@code version} as read, else 409. */
    Opportunity update(String id, long version, Opportunity.Draft draft);

    /**
     * Moves to {@code stage}: any open stage, {@code won}, or {@code lost} with a reason. A closed opportunity
     * is not moved again (409 with the allowed stages). The move is kept in the history.
     *
     * @throws org.mosaiccrm.kernel.api.problem.ConflictException when {@code version} is stale or the move not allowed
     */
    Opportunity moveStage(String id, long version, String stage, String reason);

    /** Gives the opportunity to another rep (managers and administrators only). */
    Opportunity reassign(String id, long version, String owner);

    /** Oldest first, the opening included. */
    List<StageMove> history(String id);

    Forecast forecast(ForecastQuery query);
}
