package org.mosaiccrm.kernel.impl.modules;

import org.mosaiccrm.kernel.api.ModuleDescriptor;
import org.mosaiccrm.kernel.api.schema.CrmSchema;
import org.mosaiccrm.kernel.impl.schema.KernelSchema;
import org.osgi.service.component.annotations.Component;

/** The kernel lists itself, so that its version and state show beside the modules'. */
@Component(service = ModuleDescriptor.class)
@CrmSchema(module = KernelSchema.MODULE, changelog = KernelSchema.CHANGELOG)
public class KernelModule implements ModuleDescriptor {

    @Override
    public String name() {
        return "kernel";
    }

    @Override
    public String title() {
        return "Kernel";
    }

    @Override
    public boolean requiresLicense() {
        return false;
    }
}
