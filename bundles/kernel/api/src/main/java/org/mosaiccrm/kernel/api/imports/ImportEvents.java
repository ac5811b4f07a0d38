package org.mosaiccrm.kernel.api.imports;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The Event Admin event a module posts when one of its imports ends, whatever the format or the way in
 * (REST, job, console): the kernel counts imported rows from it (metrics), and anybody may listen.
 */
public final class ImportEvents {

    /** Posted after an import ended with a report (a dry run too). */
    public static final String FINISHED = "org/mosaiccrm/imports/FINISHED";

    public static final String MODULE = "module";
    public static final String DRY_RUN = "dryRun";
    public static final String ROWS = "rows";
    public static final String CREATED = "created";
    public static final String UPDATED = "updated";
    public static final String UNCHANGED = "unchanged";
    public static final String FAILED = "failed";

    private ImportEvents() {
    }

    /** The event's properties for {@code module}'s report. */
    public static Map<String, Object> properties(String module, ImportReport report) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put(MODULE, module);
        properties.put(DRY_RUN, report.dryRun());
        properties.put(ROWS, report.rows());
        properties.put(CREATED, report.created());
        properties.put(UPDATED, report.updated());
        properties.put(UNCHANGED, report.unchanged());
        properties.put(FAILED, report.failed());
        return properties;
    }
}
