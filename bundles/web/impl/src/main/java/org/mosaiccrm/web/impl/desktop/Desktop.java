package org.mosaiccrm.web.impl.desktop;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

import org.mosaiccrm.kernel.api.CrmRestModule;
import org.mosaiccrm.kernel.api.ModuleRegistry;
import org.mosaiccrm.kernel.api.ModuleState;
import org.mosaiccrm.kernel.api.licensing.LicensedFeature;
import org.mosaiccrm.kernel.api.security.Caller;
import org.mosaiccrm.kernel.api.ui.Screen;
import org.mosaiccrm.kernel.api.ui.ScreenContribution;
import org.mosaiccrm.web.impl.WebModule;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * The screens of the modules that run, as one user may see them: the whiteboard of
 * {@link ScreenContribution} services, read at every navigation of the desktop, so that a module
 * installed, licensed or removed shows or hides its screens without a reload. A contribution counts
 * while its module is ACTIVE (a module waiting for a service keeps its screens out of the menu).
 */
@Component(service = Desktop.class)
@CrmRestModule(WebModule.NAME)
public class Desktop {

    /** A screen as the page receives it: the module's, titled in the user's language, its script's URL. */
    public record Entry(String module, String id, String title, String icon, String script, int order) {
    }

    /** What the desktop or the portal shows to one user. */
    public record View(List<Entry> screens, List<Entry> customerPanels, List<Entry> dashboardCards, List<Entry> portalPanels) {
    }

    private final List<ScreenContribution> contributions = new CopyOnWriteArrayList<>();
    private final ModuleRegistry modules;

    @Activate
    public Desktop(@Reference(target = WebModule.LICENSED) LicensedFeature license, @Reference ModuleRegistry modules) {
        this.modules = modules;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addContribution(ScreenContribution contribution) {
        contributions.add(contribution);
    }

    void removeContribution(ScreenContribution contribution) {
        contributions.remove(contribution);
    }

    public View view(Caller caller, String language) {
        List<ScreenContribution> running = contributions.stream()
                .filter(c -> modules.module(c.module()).map(m -> m.state() == ModuleState.ACTIVE).orElse(false))
                .toList();
        if (caller.isCustomer()) {
            // a portal customer sees the portal's sections and nothing of the desktop
            return new View(List.of(), List.of(), List.of(), entries(running, ScreenContribution::portalPanels, caller, language));
        }
        return new View(entries(running, ScreenContribution::screens, caller, language),
                entries(running, ScreenContribution::customerPanels, caller, language),
                entries(running, ScreenContribution::dashboardCards, caller, language), List.of());
    }

    private static List<Entry> entries(List<ScreenContribution> running, Function<ScreenContribution, List<Screen>> kind,
                                       Caller caller, String language) {
        List<Entry> entries = new ArrayList<>();
        for (ScreenContribution contribution : running) {
            for (Screen screen : kind.apply(contribution)) {
                if (screen.roles().isEmpty() || caller.hasAnyRole(screen.roles())) {
                    entries.add(new Entry(contribution.module(), screen.id(), screen.titles().in(language), screen.icon(),
                            ScreenContribution.ASSETS_BASE + contribution.module() + "/" + screen.script(), screen.order()));
                }
            }
        }
        entries.sort(Comparator.comparingInt(Entry::order).thenComparing(Entry::module).thenComparing(Entry::id));
        return entries;
    }
}
