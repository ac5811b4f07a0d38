package org.mosaiccrm.reporting.impl.catalog;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.mosaiccrm.kernel.api.security.Caller;
import org.mosaiccrm.kernel.api.security.CrmRoles;
import org.mosaiccrm.reporting.api.Report;
import org.mosaiccrm.reporting.api.ReportProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The reports of the providers registered now. A provider comes with its module and goes with it (stopped,
 * uninstalled, unlicensed), so the catalog is read from the live providers at every call, never cached.
 */
public final class ReportCatalog {

    private static final Logger LOG = LoggerFactory.getLogger(ReportCatalog.class);

    /** The role of Karaf's own console administrators (etc/users.properties admingroup). */
    private static final String KARAF_ADMIN = "admin";

    private final Map<ReportProvider, String> providers = new ConcurrentHashMap<>();

    public void add(ReportProvider provider) {
        providers.put(provider, provider.module());
    }

    public void remove(ReportProvider provider) {
        providers.remove(provider);
    }

    /** Every report of every provider, module by module, skipping (and logging) a report named outside its module. */
    public List<Report> all() {
        List<Report> reports = new ArrayList<>();
        providers.entrySet().stream().sorted(Map.Entry.comparingByValue()).forEach(entry -> {
            for (Report report : entry.getKey().reports()) {
                if (report.definition().module().equals(entry.getValue())) {
                    reports.add(report);
                } else {
                    LOG.warn("Module {} contributes report {} named outside its module: not listed", entry.getValue(),
                            report.definition().name());
                }
            }
        });
        reports.sort(Comparator.comparing((Report report) -> report.definition().module()));
        return reports;
    }

    public Optional<Report> find(String name) {
        return all().stream().filter(report -> report.definition().name().equals(name)).findFirst();
    }

    /**
     * Whether the caller may run the report: the system (timers, schedules), administrators (and Karaf's console
     * {@code admin}) always; staff
     * whose roles it names (every staff user when it names none); portal customers never.
     */
    public static boolean allowed(Report report, Optional<Caller> caller) {
        if (caller.isEmpty()) {
            return true;
        }
        Caller who = caller.get();
        if (who.hasRole(CrmRoles.ADMIN) || who.hasRole(KARAF_ADMIN)) {
            return true;
        }
        if (!who.hasAnyRole(CrmRoles.STAFF)) {
            return false;
        }
        var roles = report.definition().roles();
        return roles.isEmpty() || who.hasAnyRole(roles);
    }
}
