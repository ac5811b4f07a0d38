package ${package}.impl.ui;

import java.util.List;
import java.util.Set;

import ${package}.api.${Module}Service;
import ${package}.impl.${Module}Module;
import org.mosaiccrm.kernel.api.ui.Screen;
import org.mosaiccrm.kernel.api.ui.ScreenContribution;
import org.mosaiccrm.kernel.api.ui.Titles;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardResource;

/**
 * The module's screens in the web desktop (Mosaic CRM's docs/web.md): a panel of the customer's 360° view
 * listing the customer's records. Contributed while the module's service runs; the ES modules are this
 * bundle's {@code /ui}, served at {@code /crm/ui/${module}/}.
 */
@Component(service = ScreenContribution.class)
@HttpWhiteboardResource(pattern = "/crm/ui/${module}/*", prefix = "/ui")
public class ${Module}Screens implements ScreenContribution {

    @Activate
    public ${Module}Screens(@Reference ${Module}Service records) {
        // contributed while the module runs
    }

    @Override
    public String module() {
        return ${Module}Module.NAME;
    }

    @Override
    public List<Screen> customerPanels() {
        return List.of(new Screen("records", Titles.of("${Module}", "${Module}"), null, Set.of(), "records.js", 50));
    }
}
