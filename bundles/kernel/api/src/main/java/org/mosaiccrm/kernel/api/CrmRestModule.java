package org.mosaiccrm.kernel.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.osgi.service.component.annotations.ComponentPropertyType;

/**
 * Put on a module's central service component (the one gated by its license): while that service is
 * registered, the kernel serves the module's own JAX-RS application, named {@code crm.<module>}
 * ({@link CrmRest#moduleApplicationName}) at {@code /crm/api/<module>}, with every kernel extension
 * (JSON, problems, authentication, limits). A module therefore writes no {@code Application} class;
 * its resources select the application by name:
 * <pre>
 * &#64;Component(service = LeadService.class)
 * &#64;CrmRestModule("leads")
 * public class LeadServiceImpl implements LeadService { ... }
 *
 * &#64;Component(service = LeadsResource.class)
 * &#64;JaxrsResource
 * &#64;JaxrsApplicationSelect("(osgi.jaxrs.name=crm.leads)")
 * &#64;Path("")
 * public class LeadsResource { ... }
 * </pre>
 * Because the application exists exactly while the service does, an unlicensed, waiting or removed
 * module has none, and the kernel's application answers its paths with the reason (403, 503, 404).
 */
@ComponentPropertyType
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface CrmRestModule {

    /** Service property the kernel tracks: {@value}. */
    String PROPERTY = "crm.rest.module";

    /** The module's name: lower-case letters, digits and dashes, its path under {@code /crm/api}. */
    String value();
}
