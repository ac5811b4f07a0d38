package org.mosaiccrm.web.impl.shell;

import org.mosaiccrm.kernel.api.licensing.LicensedFeature;
import org.mosaiccrm.web.impl.WebModule;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardResource;

/**
 * The shell's scripts and styles ({@code /crm/assets/}) and the third-party ones it ships
 * ({@code /crm/vendor/}: Chart.js, from its WebJar), served from the bundle by the HTTP whiteboard.
 */
@Component(service = ShellAssets.class)
@HttpWhiteboardResource(pattern = { "/crm/assets/*" }, prefix = "/web/assets")
public class ShellAssets {

    @Activate
    public ShellAssets(@Reference(target = WebModule.LICENSED) LicensedFeature license) {
        // served while the license names the web pack
    }

    /** Chart.js, a second resource registration (one prefix each). */
    @Component(service = VendorAssets.class)
    @HttpWhiteboardResource(pattern = { "/crm/vendor/*" }, prefix = "/web/vendor")
    public static class VendorAssets {

        @Activate
        public VendorAssets(@Reference(target = WebModule.LICENSED) LicensedFeature license) {
            // served while the license names the web pack
        }
    }
}
