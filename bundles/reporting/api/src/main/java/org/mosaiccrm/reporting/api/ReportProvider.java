package org.mosaiccrm.reporting.api;

import java.util.List;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A module's reports, registered as a service while the module runs (whiteboard): register it from a
 * component that requires the module's own service, and the reports come and go with the module and its
 * license. Each report reads only its module's own tables.
 */
@ConsumerType
public interface ReportProvider {

    /** The contributing module's name; every report's name starts with it and a dot ({@code leads.funnel}). */
    String module();

    /** The reports, in the order a catalog shows them. */
    List<Report> reports();
}
