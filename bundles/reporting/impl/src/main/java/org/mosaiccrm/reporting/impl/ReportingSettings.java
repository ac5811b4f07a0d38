package org.mosaiccrm.reporting.impl;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.ZoneId;

/** {@link ReportingConfig} parsed once, replaced as a whole when the configuration changes. */
public record ReportingSettings(ZoneId zone, Path reportFolder, int runHour, int churnWindowDays, int holdoutMonths,
                                int minRuleCustomers) {

    public static ReportingSettings of(ReportingConfig config) {
        return new ReportingSettings(ZoneId.of(config.zone().trim()), folder(config.reportFolder()), config.runHour(),
                config.churnWindowDays(), config.holdoutMonths(), config.minRuleCustomers());
    }

    /** The folder scheduled reports write to: the one configured (absolute), else {@code data/reports} of Karaf. */
    public static Path folder(String configured) {
        if (configured == null || configured.isBlank()) {
            return Path.of(System.getProperty("karaf.data", "data"), "reports").toAbsolutePath();
        }
        try {
            Path path = Path.of(configured.trim());
            if (!path.isAbsolute()) {
                throw new IllegalArgumentException("must be an absolute path (or empty for data/reports)");
            }
            return path.normalize();
        } catch (InvalidPathException e) {
            throw new IllegalArgumentException("is not a path: " + e.getReason());
        }
    }
}
