package org.mosaiccrm.kernel.impl.security;

import java.security.AccessController;
import java.security.Principal;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import javax.security.auth.Subject;

import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.mosaiccrm.kernel.api.security.Caller;
import org.mosaiccrm.kernel.api.security.CallerContext;
import org.mosaiccrm.kernel.api.security.PortalAccounts;
import org.mosaiccrm.kernel.api.security.PortalScope;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * The REST filter puts the request's caller on the thread for the time of the request; console
 * commands run inside the user's JAAS subject, which is read when no REST caller is set.
 */
@Component(service = { CallerContext.class, CurrentCaller.class })
public class CurrentCaller implements CallerContext {

    private static final ThreadLocal<Caller> REQUEST_CALLER = new ThreadLocal<>();
    /** Set while a module works as the system inside someone's request or command (asSystem). */
    private static final ThreadLocal<Boolean> AS_SYSTEM = new ThreadLocal<>();

    /* Dynamic: the bindings live in the database, which may come and go. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile PortalAccounts portalAccounts;

    @Override
    public PortalScope portalScope() {
        Optional<Caller> caller = caller();
        if (caller.isEmpty() || !caller.get().isCustomer()) {
            return PortalScope.UNRESTRICTED;
        }
        PortalAccounts accounts = portalAccounts;
        // without the bindings a portal user sees nothing rather than everything
        return new PortalScope(true, accounts == null ? null : accounts.customerOf(caller.get().name()).orElse(null));
    }

    @Override
    public <T> T asSystem(java.util.function.Supplier<T> work) {
        Boolean before = AS_SYSTEM.get();
        AS_SYSTEM.set(Boolean.TRUE);
        try {
            return work.get();
        } finally {
            if (before == null) {
                AS_SYSTEM.remove();
            } else {
                AS_SYSTEM.set(before);
            }
        }
    }

    @Override
    public Optional<Caller> caller() {
        if (AS_SYSTEM.get() != null) {
            return Optional.empty();
        }
        Caller caller = REQUEST_CALLER.get();
        return caller != null ? Optional.of(caller) : fromSubject(currentSubject());
    }

    @Override
    public Runnable propagating(Runnable task) {
        Optional<Caller> captured = caller();
        return () -> {
            Caller previous = REQUEST_CALLER.get();
            captured.ifPresentOrElse(REQUEST_CALLER::set, REQUEST_CALLER::remove);
            try {
                task.run();
            } finally {
                if (previous == null) {
                    REQUEST_CALLER.remove();
                } else {
                    REQUEST_CALLER.set(previous);
                }
            }
        };
    }

    void set(Caller caller) {
        REQUEST_CALLER.set(caller);
    }

    void clear() {
        REQUEST_CALLER.remove();
    }

    static Optional<Caller> fromSubject(Subject subject) {
        if (subject == null) {
            return Optional.empty();
        }
        Optional<String> user = subject.getPrincipals(UserPrincipal.class).stream().map(Principal::getName).findFirst();
        Set<String> roles = subject.getPrincipals(RolePrincipal.class).stream().map(Principal::getName)
                .collect(Collectors.toSet());
        return user.map(name -> new Caller(name, roles));
    }

    @SuppressWarnings("removal") // the console runs commands in Subject.doAs; this is how to read it on Java 17
    private static Subject currentSubject() {
        return Subject.getSubject(AccessController.getContext());
    }
}
