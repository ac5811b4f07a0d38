package org.mosaiccrm.reporting.impl;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** The module's settings, {@code etc/org.mosaiccrm.reporting.cfg}; {@code config:meta org.mosaiccrm.reporting} describes them. */
@ObjectClassDefinition(name = "Reporting", description = "Settings of the reporting module: the users' zone, scheduled reports, predictions")
public @interface ReportingConfig {

    String PID = "org.mosaiccrm.reporting";

    @AttributeDefinition(name = "Zone", description = "The time zone in which users count days and months (an IANA zone such as Europe/Paris): report periods, months, schedules")
    String zone() default "Europe/Paris";

    @AttributeDefinition(name = "Report folder", description = "Where scheduled reports write their CSV files; empty: data/reports under the Karaf home")
    String reportFolder() default "";

    @AttributeDefinition(name = "Schedule hour", description = "Hour of the day (0 to 23, in the zone) at which scheduled reports run and the predictions are refreshed", min = "0", max = "23")
    int runHour() default 2;

    @AttributeDefinition(name = "Churn window", description = "Days without a purchase after which a customer counts as lost (30 to 730)", min = "30", max = "730")
    int churnWindowDays() default 120;

    @AttributeDefinition(name = "Holdout", description = "Months at the end of the history the models are tested on, not trained on (1 to 12)", min = "1", max = "12")
    int holdoutMonths() default 3;

    @AttributeDefinition(name = "Rule support", description = "Customers who must have bought both products before a cross-sell rule is kept (1 to 1000)", min = "1", max = "1000")
    int minRuleCustomers() default 3;
}
