package org.mosaiccrm.sales.api;

/** Event Admin topics of the sales module, posted after the change is committed. */
public final class SalesEvents {

    /** Every topic of the module starts with this. */
    public static final String TOPIC_PREFIX = "org/mosaiccrm/sales/";

    /** An opportunity was opened; {@link #OPPORTUNITY_ID}, {@link #CUSTOMER_ID}, {@link #OWNER}, {@link #CAMPAIGN} when known. */
    public static final String OPPORTUNITY_OPENED = TOPIC_PREFIX + "OPPORTUNITY_OPENED";
    /** An opportunity moved between open stages; {@link #FROM}, {@link #TO}. */
    public static final String OPPORTUNITY_STAGE_CHANGED = TOPIC_PREFIX + "OPPORTUNITY_STAGE_CHANGED";
    /** An opportunity was won; {@link #AMOUNT} (text) and {@link #CURRENCY}. */
    public static final String OPPORTUNITY_WON = TOPIC_PREFIX + "OPPORTUNITY_WON";
    /** An opportunity was lost; {@link #REASON}. */
    public static final String OPPORTUNITY_LOST = TOPIC_PREFIX + "OPPORTUNITY_LOST";
    /** An activity's reminder time has come (once per activity); {@link #ACTIVITY_ID}, {@link #ASSIGNEE}, {@link #DUE_AT}. */
    public static final String ACTIVITY_DUE = TOPIC_PREFIX + "ACTIVITY_DUE";
    /** An activity was done; {@link #ACTIVITY_ID}, {@link #CUSTOMER_ID} when it has one. */
    public static final String ACTIVITY_DONE = TOPIC_PREFIX + "ACTIVITY_DONE";

    /** A quote was accepted and became an order; {@link #QUOTE_ID}, {@link #ORDER_ID}, {@link #OPPORTUNITY_ID}, {@link #CUSTOMER_ID}. */
    public static final String QUOTE_ACCEPTED = TOPIC_PREFIX + "QUOTE_ACCEPTED";

    public static final String OPPORTUNITY_ID = "opportunityId";
    public static final String QUOTE_ID = "quoteId";
    public static final String ORDER_ID = "orderId";
    public static final String ACTIVITY_ID = "activityId";
    public static final String CUSTOMER_ID = "customerId";
    public static final String OWNER = "owner";
    public static final String ASSIGNEE = "assignee";
    public static final String CAMPAIGN = "campaign";
    public static final String FROM = "from";
    public static final String TO = "to";
    public static final String AMOUNT = "amount";
    public static final String CURRENCY = "currency";
    public static final String REASON = "reason";
    public static final String DUE_AT = "dueAt";

    private SalesEvents() {
    }
}
