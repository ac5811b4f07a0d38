package org.mosaiccrm.notifications.api;

/** A filter on notifications; null parts match everything. Newest first. */
public record NotificationQuery(NotificationState state, String customerId, String template) {

    public static NotificationQuery all() {
        return new NotificationQuery(null, null, null);
    }
}
