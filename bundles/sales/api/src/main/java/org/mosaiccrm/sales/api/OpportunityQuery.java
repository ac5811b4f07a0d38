package org.mosaiccrm.sales.api;

/**
 * Which opportunities to list; {@code null} means any. A sales rep only ever sees their own.
 *
 * @param owner    a user's name, or {@code me}
 * @param openOnly only those not yet won or lost
 */
public record OpportunityQuery(String owner, String customerId, String stage, String campaign, boolean openOnly) {

    public static OpportunityQuery all() {
        return new OpportunityQuery(null, null, null, null, false);
    }

    public static OpportunityQuery openOf(String customerId) {
        return new OpportunityQuery(null, customerId, null, null, true);
    }
}
