package org.mosaiccrm.kernel.impl.modules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.mosaiccrm.kernel.api.ModuleDescriptor;
import org.mosaiccrm.kernel.api.ModuleRegistry;
import org.mosaiccrm.kernel.api.ModuleState;
import org.mosaiccrm.kernel.api.ModuleStatus;
import org.mosaiccrm.kernel.api.licensing.LicenseService;
import org.mosaiccrm.kernel.api.licensing.LicenseState;
import org.mosaiccrm.kernel.api.licensing.LicenseStatus;
import org.mosaiccrm.kernel.impl.config.ConfigurationRefusal;
import org.mosaiccrm.kernel.impl.config.ConfigurationVerdicts;
import org.mosaiccrm.kernel.impl.schema.SchemaExtender;
import org.mosaiccrm.kernel.impl.schema.SchemaOutcome;
import org.osgi.framework.Bundle;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;
import org.osgi.service.component.runtime.dto.UnsatisfiedReferenceDTO;

/**
 * Whiteboard of {@link ModuleDescriptor}s. A module's state comes from the license in force
 * ({@code UNLICENSED}, {@code EXPIRED}) and then from Declarative Services itself: a licensed module
 * whose components wait for a missing service is {@code WAITING}, with the missing services as the
 * reason, so no module has to report its own state.
 */
@Component(service = ModuleRegistry.class)
public class ModuleRegistryImpl implements ModuleRegistry {

    private final ServiceComponentRuntime scr;
    private final Map<ServiceReference<ModuleDescriptor>, ModuleDescriptor> descriptors = new ConcurrentHashMap<>();

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile LicenseService licensing;

    // optional: the registry answers while the database (which the schema extender needs) is down
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile SchemaExtender schemas;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile ConfigurationVerdicts configurations;

    @Activate
    public ModuleRegistryImpl(@Reference ServiceComponentRuntime scr) {
        this.scr = scr;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addModule(ServiceReference<ModuleDescriptor> reference, ModuleDescriptor descriptor) {
        descriptors.put(reference, descriptor);
    }

    void removeModule(ServiceReference<ModuleDescriptor> reference) {
        descriptors.remove(reference);
    }

    @Override
    public List<ModuleStatus> modules() {
        List<ModuleStatus> result = new ArrayList<>();
        descriptors.forEach((reference, descriptor) -> result.add(status(reference, descriptor)));
        result.sort(Comparator.comparing(ModuleStatus::name));
        return result;
    }

    @Override
    public Optional<ModuleStatus> module(String name) {
        return modules().stream().filter(m -> m.name().equals(name)).findFirst();
    }

    private ModuleStatus status(ServiceReference<ModuleDescriptor> reference, ModuleDescriptor descriptor) {
        ModuleStatus status = stateOf(reference, descriptor);
        Bundle bundle = reference.getBundle();
        ConfigurationVerdicts verdicts = configurations;
        if (bundle == null || verdicts == null) {
            return status;
        }
        List<String> warnings = verdicts.refusalsOf(bundle.getBundleId()).stream().map(ConfigurationRefusal::summary).toList();
        return warnings.isEmpty() ? status : new ModuleStatus(status.name(), status.title(), status.version(),
                status.state(), status.reason(), warnings);
    }

    private ModuleStatus stateOf(ServiceReference<ModuleDescriptor> reference, ModuleDescriptor descriptor) {
        Bundle bundle = reference.getBundle();
        String version = bundle == null ? "?" : bundle.getVersion().toString();
        if (descriptor.requiresLicense()) {
            ModuleStatus dormant = licenseVerdict(descriptor, version);
            if (dormant != null) {
                return dormant;
            }
        }
        String schemaFailure = schemaFailure(descriptor.name());
        if (schemaFailure != null) {
            return new ModuleStatus(descriptor.name(), descriptor.title(), version, ModuleState.FAILED,
                    "its database schema could not be brought up to date: " + schemaFailure);
        }
        List<String> failed = bundle == null ? List.of() : failedComponents(bundle);
        if (!failed.isEmpty()) {
            return new ModuleStatus(descriptor.name(), descriptor.title(), version, ModuleState.FAILED, String.join("; ", failed));
        }
        List<String> missing = bundle == null ? List.of() : missingServices(bundle);
        if (!missing.isEmpty()) {
            return new ModuleStatus(descriptor.name(), descriptor.title(), version, ModuleState.WAITING,
                    "waiting for " + String.join(", ", missing));
        }
        return new ModuleStatus(descriptor.name(), descriptor.title(), version, ModuleState.ACTIVE, null);
    }

    private String schemaFailure(String module) {
        SchemaExtender extender = schemas;
        return extender == null ? null : extender.outcomes().stream()
                .filter(outcome -> outcome.module().equals(module) && outcome.failed())
                .map(SchemaOutcome::failure).findFirst().orElse(null);
    }

    /** {@code null} when the license in force grants the module, else why it is dormant. */
    private ModuleStatus licenseVerdict(ModuleDescriptor descriptor, String version) {
        LicenseService service = licensing;
        LicenseStatus license = service == null ? null : service.status();
        if (license != null && license.grants(descriptor.name())) {
            return null;
        }
        if (license != null && license.state() == LicenseState.EXPIRED && license.features().contains(descriptor.name())) {
            return new ModuleStatus(descriptor.name(), descriptor.title(), version, ModuleState.EXPIRED,
                    "license " + license.licenseId() + " expired (valid until " + license.expires() + ")");
        }
        String reason;
        if (license == null) {
            reason = "the license manager is not running";
        } else if (license.state() == LicenseState.NONE) {
            reason = "no valid license is installed";
        } else if (license.state() == LicenseState.NOT_YET_VALID) {
            reason = "license " + license.licenseId() + " is not valid before " + license.notBefore();
        } else {
            reason = "license " + license.licenseId() + " (" + license.licensee() + ") does not include '"
                    + descriptor.name() + "'";
        }
        return new ModuleStatus(descriptor.name(), descriptor.title(), version, ModuleState.UNLICENSED, reason);
    }

    /** Services that enabled components of the bundle need and do not have, e.g. {@code DataSource (osgi.jndi.service.name=crm)}. */
    private List<String> missingServices(Bundle bundle) {
        List<String> missing = new ArrayList<>();
        for (ComponentDescriptionDTO description : scr.getComponentDescriptionDTOs(bundle)) {
            if (!scr.isComponentEnabled(description)
                    || "true".equals(String.valueOf(description.properties.get(ModuleDescriptor.OPTIONAL_COMPONENT)))) {
                continue;
            }
            for (ComponentConfigurationDTO configuration : scr.getComponentConfigurationDTOs(description)) {
                for (UnsatisfiedReferenceDTO unsatisfied : configuration.unsatisfiedReferences) {
                    String service = interfaceOf(description, unsatisfied.name);
                    String entry = unsatisfied.target == null ? service : service + " " + unsatisfied.target;
                    if (!missing.contains(entry)) {
                        missing.add(entry);
                    }
                }
            }
        }
        return missing;
    }

    /**
     * Components that failed to activate for a reason of their own (not because a service they use
     * failed), each with the innermost cause, e.g. {@code ContactServiceImpl: custom field 'x:y': unknown type 'y'}.
     */
    private List<String> failedComponents(Bundle bundle) {
        List<String> failed = new ArrayList<>();
        for (ComponentDescriptionDTO description : scr.getComponentDescriptionDTOs(bundle)) {
            for (ComponentConfigurationDTO configuration : scr.getComponentConfigurationDTOs(description)) {
                if (configuration.state == ComponentConfigurationDTO.FAILED_ACTIVATION && configuration.failure != null) {
                    String cause = rootCause(configuration.failure);
                    // a component whose service failed fails too: only the one that failed first is news
                    if (!cause.startsWith("Unable to get service for reference")) {
                        failed.add(description.name.substring(description.name.lastIndexOf('.') + 1) + ": " + cause);
                    }
                }
            }
        }
        return failed;
    }

    /** The message of the last {@code Caused by:} of a stack trace, without the exception's class. */
    static String rootCause(String trace) {
        String cause = trace.lines().findFirst().orElse("");
        for (String line : (Iterable<String>) trace.lines()::iterator) {
            if (line.startsWith("Caused by: ")) {
                cause = line.substring("Caused by: ".length());
            }
        }
        return cause.replaceFirst("^[\\w.$]+(Exception|Error)(: )?", "").trim();
    }

    private static String interfaceOf(ComponentDescriptionDTO description, String referenceName) {
        for (var reference : description.references) {
            if (reference.name.equals(referenceName)) {
                String type = reference.interfaceName;
                return type.substring(type.lastIndexOf('.') + 1);
            }
        }
        return referenceName;
    }
}
