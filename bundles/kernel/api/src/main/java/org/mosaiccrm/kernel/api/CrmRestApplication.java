package org.mosaiccrm.kernel.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.osgi.service.component.annotations.ComponentPropertyType;

/**
 * Makes a JAX-RS {@code Application} component a CRM application: the kernel's JSON provider,
 * problem mappers, authentication and request limits join it, and the whiteboard serves it only once
 * all of them are there, so no endpoint is ever answered without them. A module declares its own:
 * <pre>
 * &#64;Component(service = Application.class)
 * &#64;CrmRestApplication
 * &#64;JaxrsName("crm.leads")
 * &#64;JaxrsApplicationBase(CrmRest.BASE_PATH + "/leads")
 * public class LeadsApplication extends Application {
 *     public LeadsApplication(&#64;Reference LeadService leads) { } // served only while the module runs
 * }
 * </pre>
 * and its resources select it with {@code @JaxrsApplicationSelect("(osgi.jaxrs.name=crm.leads)")}.
 */
@ComponentPropertyType
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface CrmRestApplication {

    /** {@value CrmRest#CRM_APPLICATION_PROPERTY}: what the kernel's extensions select. */
    String crm_rest_application() default "true";

    /** The kernel's extensions, each required before the application is served. */
    String[] osgi_jaxrs_extension_select() default {
        "(osgi.jaxrs.name=" + CrmRest.JSON_EXTENSION + ")",
        "(osgi.jaxrs.name=" + CrmRest.PROBLEMS_EXTENSION + ")",
        "(osgi.jaxrs.name=" + CrmRest.JSON_PROBLEMS_EXTENSION + ")",
        "(osgi.jaxrs.name=" + CrmRest.JAXRS_PROBLEMS_EXTENSION + ")",
        "(osgi.jaxrs.name=" + CrmRest.UNEXPECTED_PROBLEMS_EXTENSION + ")",
        "(osgi.jaxrs.name=" + CrmRest.SECURITY_EXTENSION + ")",
        "(osgi.jaxrs.name=" + CrmRest.LIMITS_EXTENSION + ")" };
}
