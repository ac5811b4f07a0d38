package org.mosaiccrm.kernel.impl.licensing;

import java.time.Instant;
import java.util.Dictionary;
import java.util.HashMap;
import java.util.Hashtable;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.mosaiccrm.kernel.api.licensing.LicenseState;
import org.mosaiccrm.kernel.api.licensing.LicenseStatus;
import org.mosaiccrm.kernel.api.licensing.LicensedFeature;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;

/**
 * One {@link LicensedFeature} service per feature the license in force grants. Only the difference
 * is applied on a change, so a module that stays licensed across a license change never blinks.
 */
final class FeatureRegistrations {

    private final BundleContext context;
    private final Map<String, Registration> registered = new HashMap<>();

    private record Registration(String licenseId, Instant expiresAt, ServiceRegistration<LicensedFeature> service) {
    }

    FeatureRegistrations(BundleContext context) {
        this.context = context;
    }

    synchronized void follow(LicenseStatus status) {
        Set<String> granted = status.state() == LicenseState.VALID ? new HashSet<>(status.features()) : Set.of();
        registered.entrySet().removeIf(entry -> {
            if (!granted.contains(entry.getKey())) {
                unregister(entry.getValue());
                return true;
            }
            return false;
        });
        for (String feature : granted) {
            Registration current = registered.get(feature);
            if (current != null && current.licenseId().equals(status.licenseId())
                    && current.expiresAt().equals(status.expiresAt())) {
                continue;
            }
            if (current != null) {
                // same feature, new license: update the properties in place, the service stays
                current.service().setProperties(properties(feature, status));
                registered.put(feature, new Registration(status.licenseId(), status.expiresAt(), current.service()));
            } else {
                registered.put(feature, new Registration(status.licenseId(), status.expiresAt(), context.registerService(
                        LicensedFeature.class, new Granted(feature, status.licenseId(), status.expiresAt()),
                        properties(feature, status))));
            }
        }
    }

    synchronized void unregisterAll() {
        registered.values().forEach(FeatureRegistrations::unregister);
        registered.clear();
    }

    private static void unregister(Registration registration) {
        try {
            registration.service().unregister();
        } catch (IllegalStateException alreadyGone) {
            // the kernel bundle is stopping
        }
    }

    private static Dictionary<String, Object> properties(String feature, LicenseStatus status) {
        Dictionary<String, Object> properties = new Hashtable<>();
        properties.put(LicensedFeature.FEATURE_PROPERTY, feature);
        properties.put("crm.license.id", status.licenseId());
        properties.put("crm.license.expires", status.expires());
        return properties;
    }

    private record Granted(String name, String licenseId, Instant expiresAt) implements LicensedFeature {
    }
}
