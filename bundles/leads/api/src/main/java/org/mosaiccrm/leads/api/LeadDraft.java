package org.mosaiccrm.leads.api;

import java.util.List;

/**
 * What a form, an import or a rep gives about a lead. The server owns the id, status, score,
 * owner (unless given), attribution and stamps.
 *
 * @param trackingCodes the codes of the tracked links the visitor came through, oldest first (the site keeps them
 *                      in a cookie from the {@code crm_t} parameter of each landing): the first and the last are
 *                      the lead's first and last touch
 */
public record LeadDraft(String firstName, String lastName, String company, String email, String phone, LeadSource source,
                        String campaign, String affiliate, Utm utm, String owner, String notes, Consent consent,
                        List<String> trackingCodes) {

    public LeadDraft {
        trackingCodes = trackingCodes == null ? List.of() : List.copyOf(trackingCodes);
    }
}
