package org.mosaiccrm.reporting.impl;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.mosaiccrm.kernel.api.CrmRestModule;
import org.mosaiccrm.kernel.api.licensing.LicensedFeature;
import org.mosaiccrm.kernel.api.problem.NotFoundException;
import org.mosaiccrm.kernel.api.problem.UnavailableException;
import org.mosaiccrm.kernel.api.schema.ModuleSchema;
import org.mosaiccrm.kernel.api.security.CallerContext;
import org.mosaiccrm.reporting.api.Report;
import org.mosaiccrm.reporting.api.ReportArguments;
import org.mosaiccrm.reporting.api.ReportDefinition;
import org.mosaiccrm.reporting.api.ReportParameter;
import org.mosaiccrm.reporting.api.ReportProvider;
import org.mosaiccrm.reporting.api.ReportService;
import org.mosaiccrm.reporting.api.ReportSink;
import org.mosaiccrm.reporting.impl.catalog.ArgumentReader;
import org.mosaiccrm.reporting.impl.catalog.ReportCatalog;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.metatype.annotations.Designate;

/**
 * The module's gate: runs only while the license grants {@code reporting}; every other component of the
 * module needs it. Holds the whiteboard of {@link ReportProvider}s (each module's reports, there while that
 * module runs), checks parameters against a report's definition and the caller's roles, and runs it.
 */
@Component(service = { ReportService.class, ReportingServiceImpl.class }, configurationPid = ReportingConfig.PID)
@CrmRestModule(ReportingModule.NAME)
@Designate(ocd = ReportingConfig.class)
public class ReportingServiceImpl implements ReportService {

    private final ReportCatalog catalog = new ReportCatalog();
    private final CallerContext callers;
    private final Clock clock;
    private volatile ReportingSettings settings;

    /**
     * A report with its checked arguments, ready to run: what REST writes the header of before any row. It runs as
     * the caller who prepared it ({@code asCaller}), also when its rows are streamed after the request's own
     * filters are done: a module's report shows a rep their own data, not everyone's.
     */
    public record PreparedReport(Report report, ReportArguments arguments, Map<String, Object> parameters,
                                 java.util.function.Consumer<Runnable> asCaller) {
        public ReportDefinition definition() {
            return report.definition();
        }
    }

    @Activate
    public ReportingServiceImpl(@Reference(target = "(crm.feature=" + ReportingModule.NAME + ")") LicensedFeature license,
                                @Reference(target = ReportingModule.SCHEMA_READY) ModuleSchema schema,
                                @Reference CallerContext callers, ReportingConfig config) {
        this(callers, config, Clock.systemUTC());
    }

    ReportingServiceImpl(CallerContext callers, ReportingConfig config, Clock clock) {
        this.callers = callers;
        this.clock = clock;
        modified(config);
    }

    @Modified
    void modified(ReportingConfig config) {
        settings = ReportingSettings.of(config);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addProvider(ReportProvider provider) {
        catalog.add(provider);
    }

    void removeProvider(ReportProvider provider) {
        catalog.remove(provider);
    }

    public ReportingSettings settings() {
        return settings;
    }

    public Clock clock() {
        return clock;
    }

    @Override
    public List<ReportDefinition> catalog() {
        var caller = callers.caller();
        return catalog.all().stream().filter(report -> ReportCatalog.allowed(report, caller)).map(Report::definition).toList();
    }

    @Override
    public ReportDefinition definition(String name) {
        return find(name).definition();
    }

    /** Whether a report by that name is contributed now, whoever may run it. */
    public boolean exists(String name) {
        return catalog.find(name).isPresent();
    }

    private Report find(String name) {
        Report report = catalog.find(name).orElse(null);
        if (report == null || !ReportCatalog.allowed(report, callers.caller())) {
            throw new NotFoundException("Report", name);
        }
        return report;
    }

    /** Finds the report the caller may run and checks its parameters (every mistake named at once). */
    public PreparedReport prepare(String name, Map<String, String> parameters, String language) {
        Report report = find(name);
        ReportingSettings current = settings;
        ReportArguments arguments = ArgumentReader.read(report.definition(), parameters, clock.instant(), current.zone(),
                language == null ? "fr" : language);
        Map<String, Object> effective = new LinkedHashMap<>();
        for (ReportParameter parameter : report.definition().parameters()) {
            arguments.value(parameter.name()).ifPresent(value -> effective.put(parameter.name(), value));
        }
        java.util.concurrent.atomic.AtomicReference<Runnable> work = new java.util.concurrent.atomic.AtomicReference<>();
        Runnable asThisCaller = callers.propagating(() -> work.get().run()); // the caller is taken now
        return new PreparedReport(report, arguments, effective, task -> {
            work.set(task);
            asThisCaller.run();
        });
    }

    /** Runs a prepared report; a failure of its query is a 503 naming the report, not a 500. */
    public void execute(PreparedReport prepared, ReportSink sink) {
        try {
            prepared.asCaller().accept(() -> prepared.report().run(prepared.arguments(), sink));
        } catch (IllegalStateException e) {
            throw new UnavailableException("Report " + prepared.definition().name() + " could not be produced: " + e.getMessage());
        }
    }

    @Override
    public ReportArguments run(String name, Map<String, String> parameters, ReportSink sink) {
        PreparedReport prepared = prepare(name, parameters, null);
        execute(prepared, sink);
        return prepared.arguments();
    }
}
