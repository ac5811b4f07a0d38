package org.mosaiccrm.reporting.api;

import java.util.List;
import java.util.Map;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The reports of every running, licensed module, as the current caller may see them (staff by role; a
 * portal customer sees none). Registered while the {@code reporting} license feature is granted.
 */
@ProviderType
public interface ReportService {

    /** The reports the caller may run, module by module. */
    List<ReportDefinition> catalog();

    /** The report, or a {@code NotFoundException} when it does not exist or the caller may not run it. */
    ReportDefinition definition(String name);

    /**
     * Checks the raw parameters (a {@code ValidationException} naming each wrong or unknown parameter, before
     * any row is produced) and streams the report's rows to {@code sink}.
     *
     * @return the arguments it ran with (defaults filled in)
     */
    ReportArguments run(String name, Map<String, String> parameters, ReportSink sink);
}
