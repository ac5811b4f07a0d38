package org.mosaiccrm.leads.impl;

import org.mosaiccrm.kernel.api.ModuleDescriptor;
import org.osgi.service.component.annotations.Component;

/** Registered without any requirement, so the kernel lists the module even while it is dormant. */
@Component(service = ModuleDescriptor.class)
public class LeadsModule implements ModuleDescriptor {

    static final String NAME = "leads";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String title() {
        return "Leads";
    }
}
