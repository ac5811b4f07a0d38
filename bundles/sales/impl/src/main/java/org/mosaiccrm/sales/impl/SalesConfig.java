package org.mosaiccrm.sales.impl;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** The module's settings, {@code etc/org.mosaiccrm.sales.cfg}; {@code config:meta org.mosaiccrm.sales} describes them. */
@ObjectClassDefinition(name = "Sales", description = "Settings of the sales pipeline: stages, currency, teams, the reps' zone")
public @interface SalesConfig {

    String PID = "org.mosaiccrm.sales";

    @AttributeDefinition(name = "Open stages", description = "The pipeline's open stages in order, each name:probability in percent "
            + "(0 to 100, not decreasing), e.g. qualification:10, needs-analysis:20, proposal:50, negotiation:80. "
            + "Names: lower-case letters, digits and '-'; 'won' and 'lost' always follow. A dropped stage that open "
            + "opportunities are still in stays, after the others, until they are moved.")
    String[] stages() default { "qualification:10", "needs-analysis:20", "proposal:50", "negotiation:80" };

    @AttributeDefinition(name = "Currency", description = "ISO 4217 code of an opportunity's amount when none is given (EUR, GBP, USD...)")
    String currency() default "EUR";

    @AttributeDefinition(name = "Commit probability", description = "An open opportunity at or above this probability (percent) "
            + "counts as committed in the forecast", min = "0", max = "100")
    int commitProbability() default 80;

    @AttributeDefinition(name = "Teams", description = "Teams for the forecast, each team:user+user, e.g. nord:alice+bruno. "
            + "A user in no team is in team '-'.")
    String[] teams() default {};

    @AttributeDefinition(name = "Zone", description = "Time zone of the reps: today, this week and the months of the forecast (e.g. Europe/Paris)")
    String zone() default "Europe/Paris";

    @AttributeDefinition(name = "Quote validity", description = "Days a quote stands when it names no date (1 to 365)", min = "1", max = "365")
    int quoteValidityDays() default 30;

    @AttributeDefinition(name = "Seller", description = "Who issues the quotes: the name printed at the top of each (one line, at most 100 characters)")
    String seller() default "Mosaic CRM";

    @AttributeDefinition(name = "Reminder check", description = "Seconds between two looks for activities whose reminder is due (5 to 3600)",
            min = "5", max = "3600")
    int reminderCheckSeconds() default 60;
}
