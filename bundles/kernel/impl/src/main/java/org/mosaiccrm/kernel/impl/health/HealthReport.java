package org.mosaiccrm.kernel.impl.health;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * What {@code GET /crm/api/health} and {@code crm:health} tell.
 *
 * @param status        {@code UP} when the kernel can serve requests, {@code DEGRADED} when it can but a module
 *                      FAILED, {@code STARTING} while the boot
 *                      features are being installed, {@code DOWN} otherwise
 * @param version       the kernel's version
 * @param uptimeSeconds seconds since the JVM started
 * @param installation  this installation's id and first boot, kept in the database; absent while it is unreachable
 * @param database      the {@code crm} DataSource
 * @param modules       how many modules are installed and how many are active
 * @param warnings      things an administrator should act on soon (e.g. a license about to expire)
 */
public record HealthReport(String status, String version, long uptimeSeconds, InstallationInfo installation,
                           Database database,
                           Modules modules, List<String> warnings) {

    public static final String UP = "UP";
    public static final String DOWN = "DOWN";
    /**
     * The CRM serves, but a module FAILED (its configuration, its schema): 200, since the other modules answer;
     * a monitor alerts on it, a load balancer keeps the node (docs/admin.md).
     */
    public static final String DEGRADED = "DEGRADED";
    /** Database and kernel are there, but Karaf is still installing the boot features (503 like DOWN). */
    public static final String STARTING = "STARTING";

    @JsonIgnore
    public boolean isUp() {
        return UP.equals(status) || DEGRADED.equals(status);
    }

    /** @param product database product and version when reachable; {@code detail} says why not otherwise */
    public record Database(String status, String product, String detail) {
    }

    public record Modules(int installed, int active) {
    }

    public record InstallationInfo(String id, java.time.Instant installedAt) {
    }
}
