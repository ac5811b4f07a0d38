package org.mosaiccrm.web.impl;

import org.mosaiccrm.kernel.api.ModuleDescriptor;
import org.osgi.service.component.annotations.Component;

/**
 * The web module as the kernel knows it: the desktop and the portal, license feature {@value #NAME}.
 * Its REST application ({@code /crm/api/web}) tells the pages which screens the running modules
 * contribute, and streams an agent's calls.
 */
@Component(service = ModuleDescriptor.class)
public class WebModule implements ModuleDescriptor {

    public static final String NAME = "web";

    /** Selects the module's REST application, which the kernel serves while {@code Desktop} runs. */
    public static final String REST_SELECT = "(osgi.jaxrs.name=crm." + NAME + ")";

    /** What every component serving pages requires: the license names the web pack. */
    public static final String LICENSED = "(crm.feature=" + NAME + ")";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String title() {
        return "Web desktop";
    }
}
