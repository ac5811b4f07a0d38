package org.mosaiccrm.leads.impl;

import org.mosaiccrm.kernel.api.ModuleDescriptor;
import org.mosaiccrm.kernel.api.schema.CrmSchema;
import org.mosaiccrm.kernel.api.schema.ModuleSchema;
import org.osgi.service.component.annotations.Component;

/**
 * The leads module as the kernel knows it: registered without any requirement, so it is listed even
 * while dormant. Its name is the license feature, the REST path, the audit module and the table prefix.
 */
@Component(service = ModuleDescriptor.class)
@CrmSchema(module = LeadsModule.NAME, changelog = LeadsModule.CHANGELOG)
public class LeadsModule implements ModuleDescriptor {

    public static final String NAME = "leads";

    /** The module's tables (LEADS_*), applied by the kernel when this bundle starts. */
    public static final String CHANGELOG = "db/leads/changelog.xml";

    /** What a component that uses the module's tables waits for: the schema brought up to date. */
    public static final String SCHEMA_READY = "(" + ModuleSchema.MODULE_PROPERTY + "=" + NAME + ")";

    /** Selects the module's REST application, which the kernel serves while {@code LeadService} runs. */
    public static final String REST_SELECT = "(osgi.jaxrs.name=crm." + NAME + ")";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String title() {
        return "Leads";
    }
}
