package org.mosaiccrm.sales.api;

/**
 * Which activities to list, soonest first; {@code null} means any.
 *
 * @param assignee a user's name, or {@code me}
 * @param due      the window of the due time, in the CRM's zone
 */
public record ActivityQuery(String assignee, Due due, String customerId, String opportunityId, String leadId, boolean includeClosed) {

    /**
     * Today and this week are days of the CRM's zone (configuration {@code zone}); overdue has no start; recent
     * is the last thirty days and everything after (the calendar feed's default).
     */
    public enum Due {
        TODAY, WEEK, OVERDUE, UPCOMING, RECENT, ANY
    }

    public static ActivityQuery mine(Due due) {
        return new ActivityQuery("me", due, null, null, null, false);
    }
}
