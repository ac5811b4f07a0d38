package org.mosaiccrm.sales.impl.ui;

import java.util.List;
import java.util.Set;

import org.mosaiccrm.kernel.api.security.CrmRoles;
import org.mosaiccrm.kernel.api.ui.Screen;
import org.mosaiccrm.kernel.api.ui.ScreenContribution;
import org.mosaiccrm.kernel.api.ui.Titles;
import org.mosaiccrm.sales.api.ActivityService;
import org.mosaiccrm.sales.impl.SalesModule;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardResource;

/**
 * The module's screens in the web desktop (docs/web.md): the pipeline with its forecast, "my day", and a panel of
 * the customer's 360° view. Contributed while the module runs; the ES modules are this bundle's {@code /ui},
 * served at {@code /crm/ui/sales/}.
 */
@Component(service = ScreenContribution.class)
@HttpWhiteboardResource(pattern = "/crm/ui/sales/*", prefix = "/ui")
public class SalesScreens implements ScreenContribution {

    private static final Set<String> PIPELINE = Set.of(CrmRoles.ADMIN, CrmRoles.MANAGER, CrmRoles.SALES);
    private static final Set<String> ACTIVITIES = Set.of(CrmRoles.ADMIN, CrmRoles.MANAGER, CrmRoles.SALES, CrmRoles.AGENT);

    @Activate
    public SalesScreens(@Reference ActivityService activities) {
        // contributed while the module runs
    }

    @Override
    public String module() {
        return SalesModule.NAME;
    }

    @Override
    public List<Screen> screens() {
        return List.of(new Screen("my-day", Titles.of("My day", "Ma journée"), "calendar", ACTIVITIES, "my-day.js", 15),
                new Screen("pipeline", Titles.of("Pipeline", "Pipeline"), "chart", PIPELINE, "pipeline.js", 25));
    }

    @Override
    public List<Screen> customerPanels() {
        return List.of(new Screen("opportunities", Titles.of("Opportunities", "Opportunités"), "chart", PIPELINE, "customer-sales.js", 30));
    }
}
