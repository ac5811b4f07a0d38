package org.mosaiccrm.kernel.api.schema;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.osgi.annotation.bundle.Header;

/**
 * Declares the bundle's schema: put it on one class of a module's impl bundle (its module descriptor).
 * It becomes the bundle header {@value #HEADER}{@code : <changelog>;module=<module>}; when the bundle
 * starts, the kernel applies every change set of the changelog not yet applied (a Liquibase XML
 * changelog, read from the bundle itself) and then registers the module's {@link ModuleSchema}.
 * <pre>
 * &#64;CrmSchema(module = "warranty", changelog = "db/warranty/changelog.xml")
 * public class WarrantyModule implements ModuleDescriptor { ... }
 *
 * &#64;Activate
 * public WarrantyServiceImpl(&#64;Reference(target = "(crm.module=warranty)") ModuleSchema schema, ...)
 * </pre>
 * The module's tables carry its name as prefix ({@code WARRANTY_*}); its history is kept in
 * {@code <MODULE>_SCHEMA_LOG} and {@code <MODULE>_SCHEMA_LOCK}, so modules never share a history.
 */
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
@Header(name = CrmSchema.HEADER, value = "${#changelog};module=${#module}")
public @interface CrmSchema {

    /** The bundle header the kernel reads: {@value}. */
    String HEADER = "Mosaic-CRM-Schema";

    /** The module owning the tables: lower-case letters, digits and dashes. */
    String module();

    /** The changelog's path inside the bundle, e.g. {@code db/warranty/changelog.xml}. */
    String changelog();
}
