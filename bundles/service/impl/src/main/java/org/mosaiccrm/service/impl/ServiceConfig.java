package org.mosaiccrm.service.impl;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * The module's settings, {@code etc/org.mosaiccrm.service.cfg}; {@code config:meta org.mosaiccrm.service}
 * describes them. SLA policies and agents are data (supervisors edit them through REST and the desktop).
 */
@ObjectClassDefinition(name = "Service", description = "Settings of the service module: categories, routing, escalation, surveys, web-to-case")
public @interface ServiceConfig {

    String PID = "org.mosaiccrm.service";

    @AttributeDefinition(name = "Categories", description = "Ticket categories, comma-separated lower-case names (letters, digits, - and _)")
    String categories() default "inquiry, complaint, return, technical, billing";

    @AttributeDefinition(name = "Languages", description = "Languages tickets and articles are written in (ISO 639-1, comma-separated); the first is the default")
    String languages() default "fr, en";

    @AttributeDefinition(name = "Skills per category", description = "category=skill:level, a trailing ? for an optional skill, e.g. technical=technical:5, technical=installation:3?")
    String categorySkills() default "technical=technical:5, technical=installation:3?, complaint=complaints:3, billing=billing:2, return=returns:1";

    @AttributeDefinition(name = "Skills per product", description = "SKU prefix=skill:level[?], e.g. LAV-=washers:4?")
    String productSkills() default "";

    @AttributeDefinition(name = "Routing timeout (minutes)", description = "After this, a ticket nobody qualified for is routed without its optional skills, then queued for its team (1 to 1440)", min = "1", max = "1440")
    int routingTimeoutMinutes() default 15;

    @AttributeDefinition(name = "Team queue", description = "The team a ticket goes to when no agent qualifies")
    String defaultTeam() default "support";

    @AttributeDefinition(name = "Reopen within (days)", description = "A resolved ticket may be reopened for this many days, then it closes (0 to 90)", min = "0", max = "90")
    int reopenDays() default 7;

    @AttributeDefinition(name = "Complaint category", description = "The category counted for repeated complaints")
    String complaintCategory() default "complaint";

    @AttributeDefinition(name = "Complaints before escalation", description = "A customer's n-th complaint within the window is escalated at once (2 to 20)", min = "2", max = "20")
    int complaintsBeforeEscalation() default 3;

    @AttributeDefinition(name = "Complaint window (days)", description = "1 to 365", min = "1", max = "365")
    int complaintWindowDays() default 30;

    @AttributeDefinition(name = "Bad survey rating", description = "A rating at or below this reopens and escalates the ticket (1 to 4)", min = "1", max = "4")
    int badSurveyRating() default 2;

    @AttributeDefinition(name = "Survey link validity (days)", description = "1 to 90", min = "1", max = "90")
    int surveyDays() default 28;

    @AttributeDefinition(name = "Suggested articles", description = "Articles offered with a new ticket (1 to 10)", min = "1", max = "10")
    int suggestionCount() default 3;

    @AttributeDefinition(name = "SLA scan (seconds)", description = "How often SLA warnings, breaches and waiting tickets are looked at (10 to 3600)", min = "10", max = "3600")
    int scanIntervalSeconds() default 60;

    @AttributeDefinition(name = "Web form origins", description = "Web sites whose pages may post the service form from a browser (CORS), comma-separated origins")
    String captureOrigins() default "http://localhost:8080";

    @AttributeDefinition(name = "Honeypot field", description = "A form field hidden from people: a submission that fills it is a robot's and is dropped")
    String honeypotField() default "website";

    @AttributeDefinition(name = "Largest attachment (KiB)", description = "1 to 51200 (50 MiB)", min = "1", max = "51200")
    int attachmentMaxKb() default 10240;

    @AttributeDefinition(name = "Attachment types", description = "Content types a ticket's files may have, comma-separated, among "
            + "image/jpeg, image/png, image/gif, application/pdf, text/plain, text/csv (the types whose content is checked)")
    String attachmentTypes() default "image/jpeg, image/png, image/gif, application/pdf, text/plain";

    @AttributeDefinition(name = "Prompts", description = "Business rules shown to agents in the ticket and the screen pop: "
            + "conditions (tier=gold, complaints>=3, openTickets>=2, credit>=5000, credit<100, warranty=expired|active, joined by &), "
            + "a colon, the words shown; rules separated by ;")
    String prompts() default "tier=gold: Client or : rappeler dans l'heure; warranty=expired: Garantie expirée : proposer une "
            + "extension de garantie; complaints>=3: Troisième réclamation en 30 jours : escalader au superviseur";

    @AttributeDefinition(name = "List size", description = "Tickets a list shows when the client asks for no limit (1 to 500)", min = "1", max = "500")
    int listLimit() default 50;
}
