package org.mosaiccrm.leads.impl;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Mosaic CRM leads", description = "Web-to-lead capture, scoring and assignment.")
public @interface LeadsConfig {

    /** Configured in {@code etc/org.mosaiccrm.leads.cfg}. */
    String PID = "org.mosaiccrm.leads";

    @AttributeDefinition(description = "Region (ISO 3166) of phone numbers written without a country code.")
    String defaultRegion() default "FR";

    @AttributeDefinition(description = "Web sites allowed to post the capture form from a browser (CORS) and to be "
            + "redirected to after it, e.g. https://www.example.com. Empty: forms are posted server to server only.")
    String[] captureOrigins() default {};

    @AttributeDefinition(description = "A form field hidden from people: a submission that fills it is a robot's, "
            + "answered as if accepted and dropped.")
    String honeypotField() default "website";

    @AttributeDefinition(description = "Points per source, SOURCE:points.")
    String[] scoreSource() default { "REFERRAL:30, CALL:25, VISIT:25, WEB_FORM:20, EMAIL_CAMPAIGN:15, AFFILIATE:15, AD:10, MANUAL:10, IMPORT:5" };

    @AttributeDefinition(description = "Points per filled field, field:points; fields: email, phone, company.")
    String[] scoreFields() default { "email:10, phone:10, company:10" };

    @AttributeDefinition(description = "Points per touchpoint a rep logs (call, visit, meeting, e-mail).", min = "0")
    int scoreTouchpoint() default 5;

    @AttributeDefinition(description = "Points lost per full week since the lead arrived (0: scores do not age).", min = "0")
    int scoreDecayPerWeek() default 2;

    @AttributeDefinition(description = "Sales reps new leads are assigned to, in turn. Empty: leads stay unassigned.")
    String[] salesReps() default {};

    @AttributeDefinition(description = "Rules tried before the round robin, first match wins: source=SOURCE:rep or "
            + "region=+CC:rep (the phone's country code).")
    String[] assignmentRules() default {};
}
