package org.mosaiccrm.service.api;

/**
 * Topics of the service module, published in the change's transaction through the kernel's
 * {@code TransactionalEvents} (in-transaction handlers hear them there) and posted to Event Admin after the commit.
 * Every ticket event carries {@link #TICKET_ID}, {@link #NUMBER}, {@link #CHANNEL}, {@link #STATUS}, and when known
 * {@link #CUSTOMER_ID}, {@link #REQUESTER_EMAIL}, {@link #SUBJECT}, {@link #LANGUAGE} (since 1.1).
 */
public final class ServiceEvents {

    /** Every topic of the module starts with this. */
    public static final String TOPIC_PREFIX = "org/mosaiccrm/service/";

    /** A ticket was opened; properties {@link #TICKET_ID}, {@link #NUMBER}, {@link #CUSTOMER_ID} (when known), {@link #CHANNEL}. */
    public static final String TICKET_OPENED = TOPIC_PREFIX + "TICKET_OPENED";

    /** A ticket changed status; adds {@link #STATUS} and {@link #PREVIOUS_STATUS}. */
    public static final String TICKET_STATUS_CHANGED = TOPIC_PREFIX + "TICKET_STATUS_CHANGED";

    /** Staff answered the customer (a comment that is not internal); adds {@link #COMMENT}, the answer. @since 1.1 */
    public static final String TICKET_ANSWERED = TOPIC_PREFIX + "TICKET_ANSWERED";
    /** A ticket went to an agent or a team; adds {@link #ASSIGNEE} and {@link #REASON}. */
    public static final String TICKET_ASSIGNED = TOPIC_PREFIX + "TICKET_ASSIGNED";

    /** A ticket was escalated to a supervisor; adds {@link #REASON} and {@link #TRIGGER}. */
    public static final String TICKET_ESCALATED = TOPIC_PREFIX + "TICKET_ESCALATED";

    /** An SLA target of a ticket is 75 % used; adds {@link #TARGET} and {@link #DUE}. */
    public static final String SLA_WARNING = TOPIC_PREFIX + "SLA_WARNING";

    /** An SLA target of a ticket was missed; adds {@link #TARGET} and {@link #DUE}. */
    public static final String SLA_BREACHED = TOPIC_PREFIX + "SLA_BREACHED";

    /** A customer answered a satisfaction survey; adds {@link #RATING}. */
    public static final String SURVEY_ANSWERED = TOPIC_PREFIX + "SURVEY_ANSWERED";

    public static final String TICKET_ID = "ticketId";
    public static final String NUMBER = "number";
    public static final String CUSTOMER_ID = "customerId";
    public static final String CHANNEL = "channel";
    public static final String STATUS = "status";
    public static final String PREVIOUS_STATUS = "previousStatus";
    public static final String ASSIGNEE = "assignee";
    public static final String REASON = "reason";
    /** What escalated a ticket: {@code MANUAL}, {@code SLA_BREACH}, {@code REPEATED_COMPLAINTS} or {@code BAD_SURVEY}. */
    public static final String TRIGGER = "trigger";
    /** Which SLA target: {@code FIRST_RESPONSE}, {@code NEXT_RESPONSE} or {@code RESOLUTION}. */
    public static final String TARGET = "target";
    public static final String DUE = "due";
    public static final String RATING = "rating";
    /** @since 1.1 */
    public static final String REQUESTER_EMAIL = "requesterEmail";
    /** @since 1.1 */
    public static final String SUBJECT = "subject";
    /** The ticket's language (ISO 639), when known. @since 1.1 */
    public static final String LANGUAGE = "language";
    /** @since 1.1 */
    public static final String COMMENT = "comment";

    private ServiceEvents() {
    }
}
