package org.mosaiccrm.kernel.impl.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.mosaiccrm.kernel.impl.health.HealthReport;
import org.mosaiccrm.kernel.impl.health.KernelHealth;

@Command(scope = "crm", name = "health", description = "Shows whether the CRM is UP: database, modules, uptime and warnings.")
@Service
public class HealthCommand implements Action {

    @Reference
    KernelHealth health;

    @Override
    public Object execute() {
        HealthReport report = health.check();
        System.out.println("Status:   " + report.status());
        System.out.println("Version:  " + report.version());
        System.out.println("Uptime:   " + report.uptimeSeconds() + " s");
        if (report.installation() != null) {
            System.out.println("Install:  " + report.installation().id() + " since " + report.installation().installedAt());
        }
        HealthReport.Database db = report.database();
        System.out.println("Database: " + db.status() + " - " + (db.product() != null ? db.product() : db.detail()));
        System.out.println("Modules:  " + report.modules().active() + " active of " + report.modules().installed());
        report.warnings().forEach(w -> System.out.println("Warning:  " + w));
        return null;
    }
}
