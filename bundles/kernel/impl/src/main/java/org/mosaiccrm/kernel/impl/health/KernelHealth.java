package org.mosaiccrm.kernel.impl.health;

import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.mosaiccrm.kernel.api.ModuleRegistry;
import org.mosaiccrm.kernel.api.ModuleState;
import org.mosaiccrm.kernel.api.ModuleStatus;
import org.mosaiccrm.kernel.api.licensing.LicenseService;
import org.mosaiccrm.kernel.impl.installation.Installation;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.jaxrs.runtime.JaxrsServiceRuntime;

/** Checks the kernel's health for REST and the console alike. */
@Component(service = KernelHealth.class)
public class KernelHealth {

    private static final int DATABASE_CHECK_SECONDS = 2;

    private final ModuleRegistry modules;
    private final String version;

    /*
     * Field-injected because it comes and goes at runtime (config:delete of the datasource,
     * a switch to PostgreSQL); constructor injection is only possible for static references.
     */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY, target = "(osgi.jndi.service.name=crm)")
    private volatile DataSource dataSource;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile Installation installation;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile LicenseService licensing;

    private final BundleContext context;
    private final BootSettling settling = new BootSettling(java.time.Clock.systemUTC());

    /** Each change the whiteboard applies moves its runtime's service.changecount: an update of this reference. */
    @Reference(service = JaxrsServiceRuntime.class, cardinality = ReferenceCardinality.OPTIONAL,
            policy = ReferencePolicy.DYNAMIC, updated = "whiteboardChanged")
    void bindWhiteboard(ServiceReference<JaxrsServiceRuntime> runtime) {
        settling.whiteboardChanged();
    }

    void whiteboardChanged(ServiceReference<JaxrsServiceRuntime> runtime) {
        settling.whiteboardChanged();
    }

    void unbindWhiteboard(ServiceReference<JaxrsServiceRuntime> runtime) {
        settling.whiteboardChanged();
    }

    @Activate
    public KernelHealth(@Reference ModuleRegistry modules, BundleContext context) {
        this.modules = modules;
        this.context = context;
        this.version = context.getBundle().getVersion().toString();
    }

    /**
     * Karaf registers this service once every boot feature is installed and started. Until then the modules
     * of the boot (contacts, with its schema migration) may not be there yet: the CRM is still STARTING.
     * By name, so that the kernel does not depend on Karaf's features API for one check.
     */
    private boolean bootFinished() {
        return context.getServiceReference("org.apache.karaf.features.BootFinished") != null;
    }

    public HealthReport check() {
        HealthReport.Database database = checkDatabase();
        List<ModuleStatus> installed = modules.modules();
        int active = (int) installed.stream().filter(m -> m.state() == ModuleState.ACTIVE).count();
        List<String> warnings = new ArrayList<>();
        LicenseService license = licensing;
        if (license != null) {
            warnings.addAll(license.status().warnings());
        }
        List<ModuleStatus> failed = installed.stream().filter(m -> m.state() == ModuleState.FAILED).toList();
        failed.forEach(m -> warnings.add("module " + m.name() + " failed: " + m.reason()));
        installed.forEach(m -> m.warnings().forEach(warning -> warnings.add("module " + m.name() + ": " + warning)));
        Installation current = installation;
        // UP means ready: the database answers, the kernel has read its own state from it, the boot is over
        String status = !HealthReport.UP.equals(database.status()) || current == null ? HealthReport.DOWN
                : !settling.settled(bootFinished()) ? HealthReport.STARTING
                : failed.isEmpty() ? HealthReport.UP : HealthReport.DEGRADED;
        if (HealthReport.STARTING.equals(status)) {
            warnings.add("the CRM is starting: the boot features are still being installed and their applications built");
        }
        HealthReport.InstallationInfo identity = current == null ? null
                : new HealthReport.InstallationInfo(current.id(), current.installedAt());
        return new HealthReport(status, version, ManagementFactory.getRuntimeMXBean().getUptime() / 1000,
                identity, database, new HealthReport.Modules(installed.size(), active), warnings);
    }

    private HealthReport.Database checkDatabase() {
        DataSource current = dataSource;
        if (current == null) {
            return new HealthReport.Database(HealthReport.DOWN, null,
                    "No DataSource with osgi.jndi.service.name=crm is registered; check etc/org.ops4j.datasource-crm.cfg.");
        }
        try (Connection connection = current.getConnection()) {
            if (!connection.isValid(DATABASE_CHECK_SECONDS)) {
                return new HealthReport.Database(HealthReport.DOWN, null, "The database did not answer within "
                        + DATABASE_CHECK_SECONDS + " s.");
            }
            DatabaseMetaData meta = connection.getMetaData();
            return new HealthReport.Database(HealthReport.UP,
                    meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion(), null);
        } catch (SQLException | RuntimeException e) {
            return new HealthReport.Database(HealthReport.DOWN, null, "Cannot connect: " + e.getMessage());
        }
    }
}
