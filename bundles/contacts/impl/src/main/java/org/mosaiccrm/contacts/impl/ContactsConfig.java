package org.mosaiccrm.contacts.impl;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Mosaic CRM contacts", description = "Phone numbers and the 360° view.")
public @interface ContactsConfig {

    /** Configured in {@code etc/org.mosaiccrm.contacts.cfg}. */
    String PID = "org.mosaiccrm.contacts";

    @AttributeDefinition(description = "Region (ISO 3166) of phone numbers written without a country code.")
    String defaultRegion() default "FR";

    @AttributeDefinition(description = "Milliseconds each 360° view section may take before it is shown as unavailable.", min = "10")
    int viewBudgetMillis() default 500;

    @AttributeDefinition(description = "How many recent interactions the 360° view shows.", min = "1")
    int recentInteractions() default 20;

    @AttributeDefinition(description = "The deployment's own customer fields, each name:type with type text, number, "
            + "date or boolean, e.g. loyaltyNumber:text, birthday:date. Removing one keeps the values stored.")
    String[] customFields() default {};

    @AttributeDefinition(description = "Rows an import writes per transaction; a batch with a failing row is replayed row by row.",
            min = "1", max = "5000")
    int importBatchSize() default 500;
}
