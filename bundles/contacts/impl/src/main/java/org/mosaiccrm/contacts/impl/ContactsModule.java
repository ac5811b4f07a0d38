package org.mosaiccrm.contacts.impl;

import org.mosaiccrm.kernel.api.ModuleDescriptor;
import org.osgi.service.component.annotations.Component;

/**
 * The contacts module as the kernel knows it: registered without any requirement, so it is listed even
 * while dormant. Its name is the license feature, the REST path, the audit module and the table prefix.
 */
@Component(service = ModuleDescriptor.class)
public class ContactsModule implements ModuleDescriptor {

    public static final String NAME = "contacts";

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
