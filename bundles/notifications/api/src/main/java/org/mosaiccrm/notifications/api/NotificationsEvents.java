package org.mosaiccrm.notifications.api;

/** Event Admin topics of the notifications module, posted after the state is recorded. */
public final class NotificationsEvents {

    public static final String TOPIC_PREFIX = "org/mosaiccrm/notifications/";

    /** The SMTP server accepted a notification: {@link #NOTIFICATION_ID}, {@link #TEMPLATE}, {@link #CUSTOMER_ID} when a customer's. */
    public static final String SENT = TOPIC_PREFIX + "SENT";
    /** Recorded FAILED (refused for good) or DEAD (out of attempts) by the sender: adds {@link #STATE} and {@link #ERROR}. */
    public static final String FAILED = TOPIC_PREFIX + "FAILED";

    public static final String NOTIFICATION_ID = "notificationId";
    public static final String TEMPLATE = "template";
    public static final String CUSTOMER_ID = "customerId";
    public static final String STATE = "state";
    public static final String ERROR = "error";

    private NotificationsEvents() {
    }
}
