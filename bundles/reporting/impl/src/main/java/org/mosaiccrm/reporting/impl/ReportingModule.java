package org.mosaiccrm.reporting.impl;

import org.mosaiccrm.kernel.api.ModuleDescriptor;
import org.mosaiccrm.kernel.api.schema.CrmSchema;
import org.mosaiccrm.kernel.api.schema.ModuleSchema;
import org.osgi.annotation.bundle.Header;
import org.osgi.service.component.annotations.Component;

/**
 * The reporting module as the CRM kernel knows it: registered without any requirement, so that
 * {@code crm:modules} lists it even while it is dormant (unlicensed, waiting).
 */
@Component(service = ModuleDescriptor.class)
// Aries JPA creates the "reporting" persistence unit from this descriptor
@Header(name = "Meta-Persistence", value = "META-INF/persistence.xml")
// Karaf registers the crm:report-* commands of this package once their references are satisfied
@Header(name = "Karaf-Commands", value = "org.mosaiccrm.reporting.impl.shell")
// the CRM kernel applies the changelog of the module's tables when this bundle starts
@CrmSchema(module = ReportingModule.NAME, changelog = ReportingModule.CHANGELOG)
public class ReportingModule implements ModuleDescriptor {

    public static final String NAME = "reporting";

    /** The module's tables (REPORTING_*): add a numbered file for every change, never edit a shipped one. */
    public static final String CHANGELOG = "db/reporting/changelog.xml";

    /** What a component that uses the module's tables waits for: the schema brought up to date. */
    public static final String SCHEMA_READY = "(" + ModuleSchema.MODULE_PROPERTY + "=" + NAME + ")";

    /** Selects the module's REST application, which the kernel serves while the module's service runs. */
    public static final String REST_SELECT = "(osgi.jaxrs.name=crm." + NAME + ")";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String title() {
        return "Reporting";
    }
}
