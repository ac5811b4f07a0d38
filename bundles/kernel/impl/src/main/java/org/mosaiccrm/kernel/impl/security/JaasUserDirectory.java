package org.mosaiccrm.kernel.impl.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.security.auth.login.AppConfigurationEntry;

import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.apache.karaf.jaas.config.JaasRealm;
import org.apache.karaf.jaas.modules.BackingEngine;
import org.apache.karaf.jaas.modules.BackingEngineFactory;
import org.apache.karaf.jaas.modules.BackingEngineService;
import org.mosaiccrm.kernel.api.security.UserDirectory;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.FieldOption;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * The users of the realm the CRM logs in against ({@code realm} of {@code org.mosaiccrm.security}), read
 * through Karaf's backing engines as {@code jaas:user-list} does, and kept for a short while so that a
 * validation does not reread {@code users.properties} each time.
 */
@Component(service = UserDirectory.class, configurationPid = SecurityConfig.PID)
public class JaasUserDirectory implements UserDirectory {

    private static final Duration KEEP = Duration.ofSeconds(30);

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, fieldOption = FieldOption.UPDATE)
    private final List<JaasRealm> realms = new CopyOnWriteArrayList<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, fieldOption = FieldOption.UPDATE)
    private final List<BackingEngineFactory> engines = new CopyOnWriteArrayList<>();

    private final String realm;
    private final Clock clock = Clock.systemUTC();
    private volatile Set<String> users = Set.of();
    private volatile Instant readAt = Instant.MIN;

    @Activate
    public JaasUserDirectory(SecurityConfig config) {
        this.realm = config.realm();
    }

    @Override
    public boolean isUser(String name) {
        if (name == null) {
            return false;
        }
        if (readAt.plus(KEEP).isBefore(clock.instant()) || !users.contains(name)) {
            reread();
        }
        return users.contains(name);
    }

    @Override
    public synchronized Set<String> rolesOf(String name) {
        if (!isUser(name)) {
            return Set.of();
        }
        BackingEngineService service = new BackingEngineService();
        service.setEngineFactories(List.copyOf(engines));
        Set<String> roles = new HashSet<>();
        for (JaasRealm candidate : realms) {
            if (candidate.getName().equals(realm)) {
                for (AppConfigurationEntry entry : candidate.getEntries()) {
                    BackingEngine engine = service.get(entry);
                    try {
                        if (engine != null) {
                            engine.listRoles(new UserPrincipal(name)).forEach(role -> roles.add(role.getName().trim()));
                        }
                    } catch (RuntimeException unknownHere) {
                        // Karaf's public-key engine fails on a user it does not hold: the user's roles are elsewhere
                    }
                }
            }
        }
        return Set.copyOf(roles);
    }

    private synchronized void reread() {
        BackingEngineService service = new BackingEngineService();
        service.setEngineFactories(List.copyOf(engines));
        Set<String> names = new HashSet<>();
        for (JaasRealm candidate : realms) {
            if (!candidate.getName().equals(realm)) {
                continue;
            }
            for (AppConfigurationEntry entry : candidate.getEntries()) {
                BackingEngine engine = service.get(entry);
                if (engine != null) {
                    engine.listUsers().stream().map(UserPrincipal::getName).forEach(names::add);
                }
            }
        }
        users = Set.copyOf(names);
        readAt = clock.instant();
    }
}
