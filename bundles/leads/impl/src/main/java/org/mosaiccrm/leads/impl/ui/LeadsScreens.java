package org.mosaiccrm.leads.impl.ui;

import java.util.List;
import java.util.Set;

import org.mosaiccrm.kernel.api.security.CrmRoles;
import org.mosaiccrm.kernel.api.ui.Screen;
import org.mosaiccrm.kernel.api.ui.ScreenContribution;
import org.mosaiccrm.kernel.api.ui.Titles;
import org.mosaiccrm.leads.api.LeadService;
import org.mosaiccrm.leads.impl.LeadsModule;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardResource;

/**
 * Leads' screens (docs/web.md): the pipeline board with each lead's score and conversion, and the
 * campaign and affiliate figures with their chart; a dashboard card counting open leads. Contributed
 * while the LeadService runs (licensed, installed); served at {@code /crm/ui/leads/}.
 */
@Component(service = ScreenContribution.class)
@HttpWhiteboardResource(pattern = "/crm/ui/leads/*", prefix = "/ui")
public class LeadsScreens implements ScreenContribution {

    private static final Set<String> PIPELINE = Set.of(CrmRoles.ADMIN, CrmRoles.MANAGER, CrmRoles.SALES, CrmRoles.MARKETING);

    @Activate
    public LeadsScreens(@Reference LeadService leads) {
        // contributed while leads runs
    }

    @Override
    public String module() {
        return LeadsModule.NAME;
    }

    @Override
    public List<Screen> screens() {
        return List.of(
                new Screen("board", Titles.of("Leads", "Prospects"), "funnel", PIPELINE, "board.js", 20),
                new Screen("campaigns", Titles.of("Campaigns", "Campagnes"), "chart", PIPELINE, "campaigns.js", 25));
    }

    @Override
    public List<Screen> dashboardCards() {
        return List.of(new Screen("open-leads", Titles.of("Open leads", "Prospects en cours"), "funnel", PIPELINE, "card.js", 20));
    }
}
