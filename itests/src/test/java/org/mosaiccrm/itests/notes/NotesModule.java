package org.mosaiccrm.itests.notes;

import org.mosaiccrm.kernel.api.ModuleDescriptor;
import org.osgi.service.component.annotations.Component;

@Component(service = ModuleDescriptor.class)
public class NotesModule implements ModuleDescriptor {

    @Override
    public String name() {
        return "notes";
    }

    @Override
    public String title() {
        return "Notes (test module)";
    }
}
