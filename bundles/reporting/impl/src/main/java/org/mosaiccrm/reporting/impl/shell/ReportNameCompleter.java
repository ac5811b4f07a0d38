package org.mosaiccrm.reporting.impl.shell;

import java.util.List;

import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.mosaiccrm.commons.shell.NamedIdCompleter;
import org.mosaiccrm.reporting.api.ReportDefinition;
import org.mosaiccrm.reporting.api.ReportService;

/** Completes a report's name, its title beside it. */
@Service
public class ReportNameCompleter extends NamedIdCompleter<ReportDefinition> {

    @Reference(optional = true)
    ReportService reports;

    @Override
    protected List<ReportDefinition> records() {
        return reports == null ? List.of() : reports.catalog();
    }

    @Override
    protected String id(ReportDefinition record) {
        return record.name();
    }

    @Override
    protected String describe(ReportDefinition record) {
        return record.titles().in("fr");
    }
}
