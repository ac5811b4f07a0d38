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
}
