package org.mosaiccrm.contacts.impl;

import org.mosaiccrm.kernel.api.ModuleDescriptor;
import org.mosaiccrm.kernel.api.schema.CrmSchema;
import org.mosaiccrm.kernel.api.schema.ModuleSchema;
import org.osgi.service.component.annotations.Component;

/**
 * The contacts module as the kernel knows it: registered without any requirement, so it is listed even
 * while dormant. Its name is the license feature, the REST path, the audit module and the table prefix.
 */
@Component(service = ModuleDescriptor.class)
@CrmSchema(module = ContactsModule.NAME, changelog = ContactsModule.CHANGELOG)
public class ContactsModule implements ModuleDescriptor {

    public static final String NAME = "contacts";

    /** The module's tables (CONTACTS_*), applied by the kernel when this bundle starts. */
    public static final String CHANGELOG = "db/contacts/changelog.xml";

    /** What a component that uses the module's tables waits for: the schema brought up to date. */
    public static final String SCHEMA_READY = "(" + ModuleSchema.MODULE_PROPERTY + "=" + NAME + ")";

    /** Selects the module's REST application, which the kernel serves while {@code ContactService} runs. */
    public static final String REST_SELECT = "(osgi.jaxrs.name=crm." + NAME + ")";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String title() {
        return "Contacts";
    }
}
