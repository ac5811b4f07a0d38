package org.mosaiccrm.notifications.impl;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.osgi.service.metatype.annotations.Option;

/** The module's settings, {@code etc/org.mosaiccrm.notifications.cfg}; {@code config:meta org.mosaiccrm.notifications} describes them. */
@ObjectClassDefinition(name = "Notifications", description = "E-mail to customers and staff: the SMTP server, the sender's pace and "
        + "retries, and which facts send a message")
public @interface NotificationsConfig {

    String PID = "org.mosaiccrm.notifications";

    @AttributeDefinition(name = "SMTP host", description = "The mail server the CRM hands its messages to (a host name or an address)")
    String smtpHost() default "localhost";

    @AttributeDefinition(name = "SMTP port", description = "25 or 587 (starttls), 465 (ssl); 1 to 65535", min = "1", max = "65535")
    int smtpPort() default 25;

    @AttributeDefinition(name = "SMTP security", description = "none: plain; starttls: upgrade the connection (refused if the server "
            + "cannot); ssl: TLS from the first byte", options = {
            @Option(label = "none", value = "none"), @Option(label = "starttls", value = "starttls"), @Option(label = "ssl", value = "ssl") })
    String smtpSecurity() default "none";

    @AttributeDefinition(name = "SMTP user", description = "The login at the server; empty: no authentication", required = false)
    String smtpUser() default "";

    @AttributeDefinition(name = "SMTP password", description = "The user's password (never logged nor audited)", type = AttributeType.PASSWORD,
            required = false)
    String smtpPassword() default "";

    @AttributeDefinition(name = "From", description = "The sender's address, optionally with a name: Mosaic CRM <crm@example.com>")
    String from() default "Mosaic CRM <crm@localhost>";

    @AttributeDefinition(name = "Reply-To", description = "Where customers' answers go; empty: to From", required = false)
    String replyTo() default "";

    @AttributeDefinition(name = "Messages per minute", description = "At most this many messages handed to the server in a minute "
            + "(1 to 100000): the rest wait, queued", min = "1", max = "100000")
    int maxPerMinute() default 600;

    @AttributeDefinition(name = "Attempts", description = "Temporary failures (server away, 4xx answers) before a message is a dead "
            + "letter (1 to 50)", min = "1", max = "50")
    int maxAttempts() default 8;

    @AttributeDefinition(name = "First retry", description = "Seconds before the first retry (1 to 3600); each next one waits twice as "
            + "long, at most an hour", min = "1", max = "3600")
    int retrySeconds() default 30;

    @AttributeDefinition(name = "Default language", description = "ISO 639 code of the messages of customers without a language: fr or en",
            options = { @Option(label = "fr", value = "fr"), @Option(label = "en", value = "en") })
    String defaultLanguage() default "fr";

    @AttributeDefinition(name = "Public URL", description = "Where customers reach the CRM (links in messages: unsubscribe, survey, "
            + "portal), e.g. https://crm.example.com")
    String publicUrl() default "http://localhost:8181";

    @AttributeDefinition(name = "Shipping notices", description = "An order shipped sends the customer its carrier, tracking number and link")
    boolean shippingNotices() default true;

    @AttributeDefinition(name = "Backorder notices", description = "A shipment that left lines behind tells the customer")
    boolean backorderNotices() default true;

    @AttributeDefinition(name = "Ticket notices", description = "A ticket opened, answered or resolved tells its requester, with its number")
    boolean ticketNotices() default true;

    @AttributeDefinition(name = "Survey after resolution", description = "The resolution notice carries the satisfaction survey's link")
    boolean surveyAfterResolution() default true;

    @AttributeDefinition(name = "Reorder reminders", description = "Customers who opted in are reminded of a product they will likely "
            + "reorder (inventory's prediction), once per product and expected date")
    boolean reorderReminders() default true;

    @AttributeDefinition(name = "Reminder horizon", description = "Remind customers expected to reorder within this many days (1 to 60)",
            min = "1", max = "60")
    int reminderDays() default 7;

    @AttributeDefinition(name = "Reminder check", description = "Hours between two looks for customers due to reorder (1 to 168)",
            min = "1", max = "168")
    int reminderCheckHours() default 24;

    @AttributeDefinition(name = "Supervisor alerts", description = "An SLA breach or an escalation is sent to the supervisors' addresses")
    boolean supervisorAlerts() default true;

    @AttributeDefinition(name = "Supervisors' addresses", description = "E-mail addresses told of SLA breaches and escalations",
            required = false)
    String[] supervisorAddresses() default {};
}
