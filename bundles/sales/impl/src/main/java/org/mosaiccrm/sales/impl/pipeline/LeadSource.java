package org.mosaiccrm.sales.impl.pipeline;

import org.mosaiccrm.leads.api.Lead;
import org.mosaiccrm.leads.api.LeadService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The optional link to the leads module: present while leads runs (this bundle imports its API optionally, and
 * only this class uses it), so that an opportunity can be opened from a lead.
 */
@Component(service = LeadSource.class, property = "crm.optional=true")
public class LeadSource {

    /** What an opportunity keeps of its lead. */
    public record Origin(String leadId, String customerId, String campaign, String title) {
    }

    private final LeadService leads;

    @Activate
    public LeadSource(@Reference LeadService leads) {
        this.leads = leads;
    }

    /** What the opportunity takes from the lead (its customer when it was converted already); 404 for an unknown lead. */
    public Origin lead(String leadId) {
        Lead lead = leads.get(leadId);
        String customerId = lead.customerId();
        String who = lead.company() != null ? lead.company()
                : String.join(" ", lead.firstName() == null ? "" : lead.firstName(), lead.lastName() == null ? "" : lead.lastName()).trim();
        return new Origin(lead.id(), customerId, lead.campaign(), who.isEmpty() ? null : who);
    }

    /** Converts the lead (in the caller's transaction); its customer's id. */
    public String convert(String leadId) {
        return leads.convert(leadId).customerId();
    }

}
