package org.mosaiccrm.kernel.impl.metrics;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;

import org.mosaiccrm.kernel.api.ModuleRegistry;
import org.mosaiccrm.kernel.api.ModuleState;
import org.mosaiccrm.kernel.api.licensing.LicenseService;
import org.mosaiccrm.kernel.api.licensing.LicenseStatus;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;
import io.micrometer.jmx.JmxConfig;
import io.micrometer.jmx.JmxMeterRegistry;
import io.micrometer.prometheus.PrometheusConfig;
import io.micrometer.prometheus.PrometheusMeterRegistry;

/**
 * The CRM's meters, kept once and shown twice: in Prometheus' text format at {@code /crm/api/metrics} and as
 * MBeans under {@value #JMX_DOMAIN} (jconsole, the JMX port). The registry is also an OSGi service
 * ({@link MeterRegistry}, {@code crm.metrics=true}), so a module may add meters of its own.
 */
@Component(service = CrmMetrics.class, immediate = true)
public class CrmMetrics {

    static final String JMX_DOMAIN = "org.mosaiccrm.metrics";

    private final PrometheusMeterRegistry prometheus = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final JmxMeterRegistry jmx = new JmxMeterRegistry(new JmxConfig() {
        @Override
        public String get(String key) {
            return null;
        }

        @Override
        public String domain() {
            return JMX_DOMAIN;
        }
    }, io.micrometer.core.instrument.Clock.SYSTEM);
    private final CompositeMeterRegistry registry = new CompositeMeterRegistry(io.micrometer.core.instrument.Clock.SYSTEM,
            List.of(prometheus, jmx));
    private final JvmGcMetrics gc = new JvmGcMetrics();
    private final ModuleRegistry modules;
    private final Clock clock = Clock.systemUTC();
    private final ServiceRegistration<MeterRegistry> registration;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile LicenseService licensing;

    @Activate
    public CrmMetrics(@Reference ModuleRegistry modules, BundleContext context) {
        this.modules = modules;
        new JvmMemoryMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        gc.bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        Gauge.builder("crm.license.days.left", this, CrmMetrics::licenseDaysLeft)
                .description("Whole days until the license in force stops being valid (negative: expired; NaN: none)")
                .register(registry);
        for (ModuleState state : ModuleState.values()) {
            Gauge.builder("crm.modules", this, metrics -> metrics.modulesIn(state)).tag("state", state.name())
                    .description("Installed CRM modules in this state").register(registry);
        }
        // the crm DataSource's pool, as pax-transx publishes it over JMX (the pool has no API of its own): one MBean
        // for its settings (MaxPoolSize), one per sub-pool for its connections
        for (String attribute : new String[] { "ActiveConnections", "IdleConnections", "TotalConnections" }) {
            Gauge.builder("crm.db.pool.connections", () -> poolSum(attribute))
                    .tag("state", attribute.replace("Connections", "").toLowerCase(java.util.Locale.ROOT))
                    .description("Connections of the database pool, by state").register(registry);
        }
        Gauge.builder("crm.db.pool.max", () -> poolSum("MaxPoolSize"))
                .description("The most connections the database pool opens").register(registry);
        Dictionary<String, Object> properties = new Hashtable<>();
        properties.put("crm.metrics", Boolean.TRUE);
        this.registration = context.registerService(MeterRegistry.class, registry, properties);
    }

    @Deactivate
    void deactivate() {
        registration.unregister();
        gc.close();
        registry.close();
        jmx.close();
        prometheus.close();
    }

    public MeterRegistry registry() {
        return registry;
    }

    /** Every meter in Prometheus' text format 0.0.4. */
    public String scrape() {
        return prometheus.scrape();
    }

    private double licenseDaysLeft() {
        LicenseService service = licensing;
        LicenseStatus status = service == null ? null : service.status();
        Instant end = status == null ? null : status.expiresAt();
        return end == null ? Double.NaN : Duration.between(clock.instant(), end).toDays();
    }

    /** An attribute summed over pax-transx's pool MBeans that have it; NaN when none has. */
    static double poolSum(String attribute) {
        javax.management.MBeanServer server = java.lang.management.ManagementFactory.getPlatformMBeanServer();
        double sum = Double.NaN;
        try {
            for (javax.management.ObjectName pool : server.queryNames(
                    new javax.management.ObjectName("org.ops4j.pax.transx:type=Pool,*"), null)) {
                try {
                    if (server.getAttribute(pool, attribute) instanceof Number number) {
                        sum = (Double.isNaN(sum) ? 0 : sum) + number.doubleValue();
                    }
                } catch (javax.management.JMException | RuntimeException notThisOne) {
                    // the settings MBean has no connection counts, the sub-pools no settings
                }
            }
        } catch (javax.management.MalformedObjectNameException e) {
            throw new IllegalStateException(e);
        }
        return sum;
    }

    private double modulesIn(ModuleState state) {
        return modules.modules().stream().filter(module -> module.state() == state).count();
    }
}
