package org.mosaiccrm.kernel.impl.config;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Dictionary;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.mosaiccrm.kernel.api.config.ConfigurationRules;
import org.mosaiccrm.kernel.api.problem.FieldError;
import org.mosaiccrm.kernel.api.security.UserDirectory;
import org.osgi.framework.Bundle;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.cm.ConfigurationPlugin;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.AttributeDefinition;
import org.osgi.service.metatype.MetaTypeInformation;
import org.osgi.service.metatype.MetaTypeService;
import org.osgi.service.metatype.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stands between Configuration Admin and the modules' components: Declarative Services reads a
 * configuration through the plugins ({@code Configuration.getProcessedProperties}), so a CRM
 * configuration ({@code org.mosaiccrm.*}, or any configuration of a bundle that declares
 * {@link ConfigurationRules}: an integrator's module) is judged here before any component sees it, and a refused one
 * is replaced by the module's last good configuration. The module keeps running, its web form keeps
 * answering; the refusal shows in the log, the audit trail, {@code crm:modules} and health.
 * <p>
 * The kernel bundle starts at a lower start level than the modules, so this plugin is in place before
 * any module component reads its configuration at boot.
 */
@Component(service = ConfigurationPlugin.class, immediate = true,
        property = { ConfigurationPlugin.CM_RANKING + ":Integer=0" })
public class ConfigurationGuard implements ConfigurationPlugin {

    private static final Logger LOG = LoggerFactory.getLogger(ConfigurationGuard.class);
    static final String CRM_PIDS = "org.mosaiccrm.";
    static final String RULES_ENTRY = "META-INF/services/" + ConfigurationRules.class.getName();

    private final MetaTypeService metatypes;
    private final ConfigurationVerdicts verdicts;
    /** The rules each bundle declares, by bundle id and last modification (a bundle update brings new rules). */
    private final Map<String, Map<String, ConfigurationRules>> rulesByBundle = new ConcurrentHashMap<>();

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile UserDirectory users;

    @Activate
    public ConfigurationGuard(@Reference MetaTypeService metatypes, @Reference ConfigurationVerdicts verdicts) {
        this.metatypes = metatypes;
        this.verdicts = verdicts;
    }

    @Override
    public void modifyConfiguration(ServiceReference<?> reference, Dictionary<String, Object> properties) {
        Object pid = properties.get(Constants.SERVICE_PID);
        Bundle bundle = reference == null ? null : reference.getBundle();
        if (!(pid instanceof String crmPid) || bundle == null || properties.get(ConfigurationAdmin.SERVICE_FACTORYPID) != null
                || !crmPid.startsWith(CRM_PIDS) && bundle.getEntry(RULES_ENTRY) == null) {
            return;
        }
        try {
            Map<String, Object> values = asMap(properties);
            List<FieldError> errors = ConfigurationJudge.judge(crmPid, values, attributes(bundle, crmPid),
                    rules(bundle).get(crmPid), this::isKnownUser);
            if (errors.isEmpty()) {
                verdicts.accepted(crmPid, bundle.getBundleId(), values);
                return;
            }
            Map<String, Object> runOn = verdicts.refused(crmPid, bundle.getBundleId(), values, errors);
            for (String key : Collections.list(properties.keys())) {
                properties.remove(key);
            }
            runOn.forEach(properties::put);
            properties.put(Constants.SERVICE_PID, crmPid);
        } catch (RuntimeException e) {
            // a plugin that throws would leave the component without any configuration
            LOG.error("Could not judge configuration {}; it is passed on unjudged", crmPid, e);
        }
    }

    private boolean isKnownUser(String name) {
        UserDirectory directory = users;
        return directory == null || directory.isUser(name);
    }

    private Map<String, AttributeDefinition> attributes(Bundle bundle, String pid) {
        MetaTypeInformation information = metatypes.getMetaTypeInformation(bundle);
        if (information == null || !List.of(information.getPids()).contains(pid)) {
            return null;
        }
        ObjectClassDefinition definition = information.getObjectClassDefinition(pid, null);
        AttributeDefinition[] all = definition.getAttributeDefinitions(ObjectClassDefinition.ALL);
        Map<String, AttributeDefinition> byId = new HashMap<>();
        if (all != null) {
            for (AttributeDefinition attribute : all) {
                byId.put(attribute.getID(), attribute);
            }
        }
        return byId;
    }

    private Map<String, ConfigurationRules> rules(Bundle bundle) {
        String key = bundle.getBundleId() + "@" + bundle.getLastModified();
        return rulesByBundle.computeIfAbsent(key, k -> {
            rulesByBundle.keySet().removeIf(old -> old.startsWith(bundle.getBundleId() + "@"));
            return loadRules(bundle);
        });
    }

    /** The classes the bundle names in {@value #RULES_ENTRY}, one per line ({@code #} comments allowed). */
    static Map<String, ConfigurationRules> loadRules(Bundle bundle) {
        URL entry = bundle.getEntry(RULES_ENTRY);
        Map<String, ConfigurationRules> rules = new HashMap<>();
        if (entry == null) {
            return rules;
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(entry.openStream(), StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String className = line.replaceFirst("#.*", "").trim();
                if (className.isEmpty()) {
                    continue;
                }
                try {
                    ConfigurationRules instance = (ConfigurationRules) bundle.loadClass(className).getConstructor().newInstance();
                    rules.put(instance.pid(), instance);
                } catch (ReflectiveOperationException | ClassCastException | LinkageError e) {
                    LOG.error("Bundle {} names configuration rules {} that cannot be loaded: {}",
                            bundle.getSymbolicName(), className, e.toString());
                }
            }
        } catch (IOException e) {
            LOG.error("Cannot read {} of bundle {}: {}", RULES_ENTRY, bundle.getSymbolicName(), e.getMessage());
        }
        return rules;
    }

    private static Map<String, Object> asMap(Dictionary<String, Object> properties) {
        Map<String, Object> map = new HashMap<>();
        for (String key : Collections.list(properties.keys())) {
            map.put(key, properties.get(key));
        }
        return map;
    }
}
