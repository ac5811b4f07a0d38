package org.mosaiccrm.reporting.impl.ui;

import java.util.List;
import java.util.Set;

import org.mosaiccrm.kernel.api.security.CrmRoles;
import org.mosaiccrm.kernel.api.ui.Screen;
import org.mosaiccrm.kernel.api.ui.ScreenContribution;
import org.mosaiccrm.kernel.api.ui.Titles;
import org.mosaiccrm.reporting.api.ReportService;
import org.mosaiccrm.reporting.impl.ReportingModule;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardResource;

/**
 * The module's screens in the web desktop (docs/web.md): the report catalog with each report's form, chart,
 * table and CSV download; the prediction models' quality next to their baselines (and retraining them); the
 * home card of the user's dashboard reports; the customer's outlook (next purchases, churn risk, cross-sell)
 * in the 360° view. The ES modules are this bundle's {@code /ui}, served at {@code /crm/ui/reporting/}.
 */
@Component(service = ScreenContribution.class)
@HttpWhiteboardResource(pattern = "/crm/ui/reporting/*", prefix = "/ui")
public class ReportingScreens implements ScreenContribution {

    private static final Set<String> EVERY_STAFF = CrmRoles.STAFF;
    private static final Set<String> PREDICTIONS = Set.of(CrmRoles.ADMIN, CrmRoles.MANAGER, CrmRoles.MARKETING, CrmRoles.SALES);

    @Activate
    public ReportingScreens(@Reference ReportService reports) {
        // contributed while the module runs
    }

    @Override
    public String module() {
        return ReportingModule.NAME;
    }

    @Override
    public List<Screen> screens() {
        return List.of(new Screen("reports", Titles.of("Reports", "Rapports"), "chart", EVERY_STAFF, "reports.js", 60),
                new Screen("models", Titles.of("Predictions", "Prédictions"), "chart", PREDICTIONS, "models.js", 61));
    }

    @Override
    public List<Screen> dashboardCards() {
        return List.of(new Screen("dashboard", Titles.of("Reports", "Rapports"), "chart", EVERY_STAFF, "dashboard.js", 60));
    }

    @Override
    public List<Screen> customerPanels() {
        return List.of(new Screen("outlook", Titles.of("Outlook", "Perspectives"), "person", EVERY_STAFF, "outlook.js", 60));
    }
}
