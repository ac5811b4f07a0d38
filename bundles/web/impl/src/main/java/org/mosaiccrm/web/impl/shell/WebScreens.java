package org.mosaiccrm.web.impl.shell;

import java.util.List;
import java.util.Set;

import org.mosaiccrm.kernel.api.security.CrmRoles;
import org.mosaiccrm.kernel.api.ui.Screen;
import org.mosaiccrm.kernel.api.ui.ScreenContribution;
import org.mosaiccrm.kernel.api.ui.Titles;
import org.mosaiccrm.web.impl.WebModule;
import org.mosaiccrm.web.impl.desktop.Desktop;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardResource;

/**
 * The web module's own screens, contributed like any module's: the administration (modules, license and
 * seats, audit trail) and the portal's profile section. Their ES modules are served at {@code /crm/ui/web/}.
 */
@Component(service = ScreenContribution.class)
@HttpWhiteboardResource(pattern = "/crm/ui/web/*", prefix = "/ui")
public class WebScreens implements ScreenContribution {

    @Activate
    public WebScreens(@Reference Desktop desktop) {
        // contributed while the desktop runs
    }

    @Override
    public String module() {
        return WebModule.NAME;
    }

    @Override
    public List<Screen> screens() {
        return List.of(new Screen("admin", Titles.of("Administration", "Administration"), "gear",
                Set.of(CrmRoles.ADMIN, CrmRoles.MANAGER), "admin.js", 900));
    }
}
