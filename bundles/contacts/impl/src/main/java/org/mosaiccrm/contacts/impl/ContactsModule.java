package org.mosaiccrm.contacts.impl;

import org.mosaiccrm.kernel.api.ModuleDescriptor;
import org.osgi.service.component.annotations.Component;

/** Registered without any requirement, so the kernel lists the module even while it is dormant. */
@Component(service = ModuleDescriptor.class)
public class ContactsModule implements ModuleDescriptor {

    @Override
    public String name() {
        return CustomerStore.MODULE;
    }

    @Override
    public String title() {
        return "Contacts";
    }
}
