package org.mosaiccrm.kernel.impl.config;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import org.mosaiccrm.kernel.api.audit.AuditAction;
import org.mosaiccrm.kernel.api.audit.AuditEntry;
import org.mosaiccrm.kernel.api.audit.AuditLog;
import org.mosaiccrm.kernel.api.audit.FieldChange;
import org.mosaiccrm.kernel.api.problem.FieldError;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the kernel decided about each module configuration: the last good one (kept on disk) and the
 * refusal in force, if any. Each decision is logged and audited once, however many components of the
 * module read the same configuration.
 */
@Component(service = ConfigurationVerdicts.class)
public class ConfigurationVerdicts {

    private static final Logger LOG = LoggerFactory.getLogger(ConfigurationVerdicts.class);
    /** Values never written to the log or the audit trail. */
    private static final Pattern SECRET = Pattern.compile("(?i).*(password|secret|token|credential).*");
    static final String HIDDEN = "(hidden)";

    private final LastGoodConfigurations lastGood;
    private final Clock clock;
    private final Map<String, ConfigurationRefusal> refusals = new ConcurrentHashMap<>();
    private final Map<String, Map<String, String>> refusedValues = new ConcurrentHashMap<>();
    // audit writes go to the database: never on the thread that delivers configurations
    private final ExecutorService auditWriter = Executors.newSingleThreadExecutor(r -> new Thread(r, "crm-config-audit"));

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile AuditLog audit;

    @Activate
    public ConfigurationVerdicts(BundleContext context) {
        this(new LastGoodConfigurations(context.getDataFile("configuration/last-good.json").toPath()), Clock.systemUTC());
    }

    ConfigurationVerdicts(LastGoodConfigurations lastGood, Clock clock) {
        this.lastGood = lastGood;
        this.clock = clock;
    }

    @Deactivate
    void deactivate() throws InterruptedException {
        auditWriter.shutdown();
        auditWriter.awaitTermination(5, TimeUnit.SECONDS);
    }

    /** The refusals in force, by pid. */
    public List<ConfigurationRefusal> refusals() {
        return new ArrayList<>(new TreeMap<>(refusals).values());
    }

    /** The refusals in force for configurations a bundle's components use. */
    public List<ConfigurationRefusal> refusalsOf(long bundleId) {
        return refusals().stream().filter(refusal -> refusal.bundleId() == bundleId).toList();
    }

    /** {@code properties} were accepted: they become the last good configuration, and any refusal ends. */
    void accepted(String pid, long bundleId, Map<String, Object> properties) {
        Map<String, Object> before = lastGood.get(pid).orElse(null);
        boolean changed = lastGood.put(pid, properties);
        ConfigurationRefusal ended = refusals.remove(pid);
        refusedValues.remove(pid);
        if (ended != null) {
            LOG.info("Configuration {} accepted; the refused one is no longer in force", pid);
        }
        if (changed && before != null) {
            List<FieldChange> changes = changes(before, properties);
            if (!changes.isEmpty()) {
                LOG.info("Configuration {} changed: {}", pid, describe(changes));
                audit(pid, AuditAction.CONFIGURE, changes);
            }
        }
    }

    /**
     * {@code properties} were refused for {@code errors}: the refusal is recorded, and the configuration to
     * run on instead is returned — the last good one, else only the framework's keys (every setting at
     * its default).
     */
    Map<String, Object> refused(String pid, long bundleId, Map<String, Object> properties, List<FieldError> errors) {
        Optional<Map<String, Object>> good = lastGood.get(pid);
        Map<String, String> refusedText = asText(properties);
        if (!refusedText.equals(refusedValues.put(pid, refusedText))) {
            ConfigurationRefusal refusal = new ConfigurationRefusal(pid, bundleId, errors, clock.instant(),
                    good.isPresent() ? ConfigurationRefusal.Fallback.LAST_GOOD : ConfigurationRefusal.Fallback.DEFAULTS);
            refusals.put(pid, refusal);
            LOG.warn("Configuration {} refused; the module runs on {}. {}", pid,
                    good.isPresent() ? "its last good configuration" : "the defaults (no configuration was accepted before)",
                    errors.stream().map(e -> e.field() + ": " + e.message()).reduce((a, b) -> a + "; " + b).orElse(""));
            audit(pid, AuditAction.CONFIG_REFUSED, errors.stream()
                    .map(e -> new FieldChange(e.field(), null, shown(e.field(), properties.get(e.field())) + " — " + e.message()))
                    .toList());
        }
        return good.orElseGet(() -> frameworkKeys(properties));
    }

    private static Map<String, Object> frameworkKeys(Map<String, Object> properties) {
        Map<String, Object> kept = new TreeMap<>();
        properties.forEach((key, value) -> {
            if (key.indexOf('.') >= 0) {
                kept.put(key, value);
            }
        });
        return kept;
    }

    private static List<FieldChange> changes(Map<String, Object> before, Map<String, Object> after) {
        List<FieldChange> changes = new ArrayList<>();
        TreeSet<String> keys = new TreeSet<>(before.keySet());
        keys.addAll(after.keySet());
        for (String key : keys) {
            String old = text(before.get(key));
            String now = text(after.get(key));
            if (!Objects.equals(old, now) && key.indexOf('.') < 0) {
                changes.add(new FieldChange(key, old == null ? null : shown(key, old), now == null ? null : shown(key, now)));
            }
        }
        return changes;
    }

    /** The values as text, so that two deliveries of the same configuration compare equal (arrays included). */
    private static Map<String, String> asText(Map<String, Object> properties) {
        Map<String, String> text = new TreeMap<>();
        properties.forEach((key, value) -> text.put(key, text(value)));
        return text;
    }

    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Object[] array) {
            return String.join(", ", java.util.Arrays.stream(array).map(String::valueOf).toList());
        }
        return String.valueOf(value);
    }

    private static String shown(String key, Object value) {
        return isSecret(key) ? HIDDEN : text(value);
    }

    /** A password, a token: never written to the log, the audit trail or an error message. */
    static boolean isSecret(String key) {
        return SECRET.matcher(key).matches();
    }

    private static String describe(List<FieldChange> changes) {
        return changes.stream().map(c -> c.field() + " " + c.before() + " -> " + c.after())
                .reduce((a, b) -> a + ", " + b).orElse("");
    }

    private void audit(String pid, AuditAction action, List<FieldChange> changes) {
        AuditLog trail = audit;
        if (trail == null) {
            return;
        }
        auditWriter.execute(() -> {
            try {
                trail.recordAll("kernel", List.of(new AuditEntry("configuration", pid, action, changes)));
            } catch (RuntimeException e) {
                LOG.warn("Cannot audit the configuration change of {}: {}", pid, e.getMessage());
            }
        });
    }

    /** For tests and the console: what {@code pid} runs on now. */
    Optional<Map<String, Object>> lastGood(String pid) {
        return lastGood.get(pid);
    }
}
