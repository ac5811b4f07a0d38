package org.mosaiccrm.leads.api;

/** Event Admin topics of the leads module; each event carries {@link #LEAD_ID}. */
public final class LeadsEvents {

    public static final String CREATED = "org/mosaiccrm/leads/CREATED";
    /** Carries {@link #STATUS}. */
    public static final String STATUS_CHANGED = "org/mosaiccrm/leads/STATUS_CHANGED";
    /** Carries {@link #CUSTOMER_ID}, and {@link #CAMPAIGN} and {@link #AFFILIATE} when the lead had them. */
    public static final String CONVERTED = "org/mosaiccrm/leads/CONVERTED";

    public static final String LEAD_ID = "leadId";
    public static final String STATUS = "status";
    public static final String CUSTOMER_ID = "customerId";
    public static final String CAMPAIGN = "campaign";
    public static final String AFFILIATE = "affiliate";

    private LeadsEvents() {
    }
}
