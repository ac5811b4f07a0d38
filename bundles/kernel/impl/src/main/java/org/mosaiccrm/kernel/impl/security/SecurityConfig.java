package org.mosaiccrm.kernel.impl.security;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Mosaic CRM REST security", description = "Authentication and request limits of /crm/api.")
public @interface SecurityConfig {

    /** Configured in {@code etc/org.mosaiccrm.security.cfg}. */
    String PID = "org.mosaiccrm.security";

    @AttributeDefinition(description = "The Karaf JAAS realm users log in to.")
    String realm() default "karaf";

    @AttributeDefinition(description = "Seconds a successful login is remembered, so that not every request pays a JAAS login.", min = "0")
    int rememberLoginSeconds() default 30;

    @AttributeDefinition(description = "Users (glob patterns) who may only log in from this machine, e.g. the demo users whose passwords are public.")
    String[] localOnlyUsers() default { "demo-*" };

    @AttributeDefinition(description = "Largest request body accepted, in bytes; larger ones are refused with 413.", min = "1024")
    int maxBodyBytes() default 1_048_576;

    @AttributeDefinition(description = "Minutes without a request after which a web session ends (the user logs in again).", min = "1")
    int sessionIdleMinutes() default 30;

    @AttributeDefinition(description = "Hours after which a web session ends even if it was used all along.", min = "1")
    int sessionMaxHours() default 12;
}
