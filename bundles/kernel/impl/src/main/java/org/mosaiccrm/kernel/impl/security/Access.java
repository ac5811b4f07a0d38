package org.mosaiccrm.kernel.impl.security;

import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.util.Set;

import javax.annotation.security.DenyAll;
import javax.annotation.security.PermitAll;
import javax.annotation.security.RolesAllowed;

import org.mosaiccrm.kernel.api.security.CrmRoles;

/**
 * Who may call a resource method, read from its JSR-250 annotations (method first, then class).
 * A method that says nothing is open to {@code crm-admin} only: forgetting the annotation fails closed.
 *
 * @param open  public: no credentials needed
 * @param roles roles of which the caller needs one (empty with {@code @DenyAll}: nobody)
 */
public record Access(boolean open, Set<String> roles) {

    public static final Access ADMIN_ONLY = new Access(false, Set.of(CrmRoles.ADMIN));

    public static Access of(Class<?> resource, Method method) {
        Access declared = declared(method);
        if (declared == null && resource != null) {
            declared = declared(resource);
        }
        return declared != null ? declared : ADMIN_ONLY;
    }

    private static Access declared(AnnotatedElement element) {
        if (element == null) {
            return null;
        }
        if (element.isAnnotationPresent(PermitAll.class)) {
            return new Access(true, Set.of());
        }
        if (element.isAnnotationPresent(DenyAll.class)) {
            return new Access(false, Set.of());
        }
        RolesAllowed roles = element.getAnnotation(RolesAllowed.class);
        return roles == null ? null : new Access(false, Set.of(roles.value()));
    }
}
