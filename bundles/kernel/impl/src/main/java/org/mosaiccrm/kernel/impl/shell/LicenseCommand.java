package org.mosaiccrm.kernel.impl.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.mosaiccrm.kernel.api.licensing.LicenseService;
import org.mosaiccrm.kernel.api.licensing.LicenseState;
import org.mosaiccrm.kernel.api.licensing.LicenseStatus;
import org.mosaiccrm.kernel.impl.security.WebSessions;

@Command(scope = "crm", name = "license", description = "Shows the license in force: licensee, features, validity, seats, state and warnings.")
@Service
public class LicenseCommand implements Action {

    @Reference
    LicenseService licensing;

    @Reference(optional = true)
    WebSessions sessions;

    @Override
    public Object execute() {
        print(licensing.status(), sessions == null ? null : sessions.staffInUse().size());
        return null;
    }

    /** {@code seatsInUse}: staff users logged in through the web, when known. */
    static void print(LicenseStatus license, Integer seatsInUse) {
        System.out.println("State:      " + license.state());
        if (license.state() != LicenseState.NONE) {
            System.out.println("License:    " + license.licenseId() + " (" + license.edition() + ")");
            System.out.println("Licensee:   " + license.licensee());
            System.out.println("Features:   " + String.join(", ", license.features()));
            System.out.println("Valid:      " + license.notBefore() + " to " + license.expires());
            System.out.println("Seats:      " + (license.seats() == null ? "no limit" : license.seats() + " allowed")
                    + (seatsInUse == null ? "" : ", " + seatsInUse + " in use (staff logged in through the web)"));
            System.out.println("Vendor key: " + license.keyId());
        }
        license.warnings().forEach(w -> System.out.println("Warning:    " + w));
    }
}
