package org.mosaiccrm.kernel.api.security;

import java.util.Set;

/**
 * An authenticated user.
 *
 * @param name  the login name
 * @param roles the roles the realm grants
 */
public record Caller(String name, Set<String> roles) {

    public Caller {
        roles = Set.copyOf(roles);
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    public boolean hasAnyRole(Set<String> wanted) {
        return wanted.stream().anyMatch(roles::contains);
    }

    /** A portal customer, to be scoped to its own data. */
    public boolean isCustomer() {
        return roles.contains(CrmRoles.CUSTOMER) && roles.stream().noneMatch(CrmRoles.STAFF::contains);
    }
}
