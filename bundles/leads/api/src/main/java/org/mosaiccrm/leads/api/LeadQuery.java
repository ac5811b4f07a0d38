package org.mosaiccrm.leads.api;

/** Which leads to list; {@code null} members do not filter. {@code name} is a prefix of "first last". */
public record LeadQuery(LeadStatus status, String owner, String campaign, String affiliate, LeadSource source, String name) {

    public static LeadQuery all() {
        return new LeadQuery(null, null, null, null, null, null);
    }
}
