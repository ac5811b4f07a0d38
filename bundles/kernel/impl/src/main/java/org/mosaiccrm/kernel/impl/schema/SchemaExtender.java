package org.mosaiccrm.kernel.impl.schema;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.sql.DataSource;

import org.mosaiccrm.kernel.api.schema.CrmSchema;
import org.mosaiccrm.kernel.api.schema.ModuleSchema;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.ServiceRegistration;
import org.osgi.framework.wiring.BundleWiring;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.util.tracker.BundleTracker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The schema extender: when a bundle with the {@value CrmSchema#HEADER} header starts, its changelog is
 * applied before the bundle becomes ACTIVE (the tracker hears STARTING synchronously), then its
 * {@link ModuleSchema} is registered in the bundle's own name, so it disappears with the bundle. Its
 * components wait for that service: none of them ever sees a table older than its code.
 */
@Component(service = SchemaExtender.class, immediate = true)
public class SchemaExtender {

    private static final Logger LOG = LoggerFactory.getLogger(SchemaExtender.class);

    /**
     * What each module bundle's start applied, by bundle id and its last modification: the extender restarts
     * when the DataSource is replaced (pax-jdbc does that once the transaction manager arrives at boot) and
     * checks every module again, which applies nothing; the module itself did not start again, so what its
     * start applied is still what {@code crm:schema} reports.
     */
    private static final Map<String, List<String>> APPLIED_AT_BUNDLE_START = new ConcurrentHashMap<>();

    private final LiquibaseMigrations migrations;
    private final Map<String, SchemaOutcome> outcomes = new ConcurrentHashMap<>();
    private final BundleTracker<ServiceRegistration<ModuleSchema>> tracker;

    @Activate
    public SchemaExtender(@Reference(target = "(osgi.jndi.service.name=crm)") DataSource dataSource, BundleContext context) {
        this.migrations = new LiquibaseMigrations(dataSource);
        this.tracker = new BundleTracker<>(context, Bundle.STARTING | Bundle.ACTIVE, null) {
            @Override
            public ServiceRegistration<ModuleSchema> addingBundle(Bundle bundle, BundleEvent event) {
                String header = bundle.getHeaders("").get(CrmSchema.HEADER);
                return header == null ? null : migrate(bundle, header);
            }

            @Override
            public void removedBundle(Bundle bundle, BundleEvent event, ServiceRegistration<ModuleSchema> registration) {
                unregister(registration);
            }
        };
        tracker.open();
    }

    @Deactivate
    void deactivate() {
        // without the database the modules' components must stop too: closing unregisters every ModuleSchema
        tracker.close();
    }

    /** The last outcome of every module's schema, failures included, by module name. */
    public Collection<SchemaOutcome> outcomes() {
        return outcomes.values().stream().sorted(Comparator.comparing(SchemaOutcome::module)).toList();
    }

    private ServiceRegistration<ModuleSchema> migrate(Bundle bundle, String header) {
        SchemaDeclaration declaration;
        try {
            declaration = SchemaDeclaration.parse(header);
        } catch (IllegalArgumentException e) {
            LOG.error("Bundle {} declares no usable schema ({}: {}): {}", bundle.getSymbolicName(), CrmSchema.HEADER,
                    header, e.getMessage());
            return null;
        }
        BundleWiring wiring = bundle.adapt(BundleWiring.class);
        if (wiring == null || bundle.getBundleContext() == null) {
            return null;
        }
        SchemaOutcome outcome = migrations.migrate(declaration.module(), bundle.getSymbolicName(),
                wiring.getClassLoader(), declaration.changelog());
        String started = bundle.getBundleId() + "@" + bundle.getLastModified();
        if (!outcome.failed() && outcome.applied().isEmpty() && bundle.getState() == Bundle.ACTIVE
                && APPLIED_AT_BUNDLE_START.containsKey(started)) {
            // the same start of the module, seen again after the extender restarted
            outcome = new SchemaOutcome(outcome.module(), outcome.bundle(), outcome.changelog(), outcome.at(), outcome.history(),
                    APPLIED_AT_BUNDLE_START.get(started), null);
        } else if (!outcome.failed()) {
            APPLIED_AT_BUNDLE_START.put(started, outcome.applied());
        }
        outcomes.put(declaration.module(), outcome);
        if (outcome.failed()) {
            LOG.error("The {} module stays inactive: its schema could not be brought up to date ({}). Nothing of the "
                    + "failed change set was kept; fix the cause and restart bundle {}.", declaration.module(),
                    outcome.failure(), bundle.getSymbolicName());
            return null;
        }
        if (!outcome.applied().isEmpty()) {
            LOG.info("Schema of {}: applied {}", declaration.module(), outcome.applied());
        }
        Dictionary<String, Object> properties = new Hashtable<>();
        properties.put(ModuleSchema.MODULE_PROPERTY, declaration.module());
        return bundle.getBundleContext().registerService(ModuleSchema.class, new UpToDate(outcome), properties);
    }

    private static void unregister(ServiceRegistration<ModuleSchema> registration) {
        try {
            registration.unregister();
        } catch (IllegalStateException alreadyGoneWithItsBundle) {
            // the framework unregisters a stopping bundle's services itself
        }
    }

    /** The service a module's components wait for. */
    private record UpToDate(SchemaOutcome outcome) implements ModuleSchema {

        @Override
        public String module() {
            return outcome.module();
        }

        @Override
        public String changelog() {
            return outcome.changelog();
        }

        @Override
        public List<String> changeSets() {
            return outcome.history().stream().map(AppliedChangeSet::key).toList();
        }

        @Override
        public List<String> appliedAtStart() {
            return outcome.applied();
        }

        @Override
        public Instant checkedAt() {
            return outcome.at();
        }
    }
}
