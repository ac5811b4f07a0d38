package org.mosaiccrm.sales.impl.pipeline;

import java.util.Set;

import org.mosaiccrm.kernel.api.security.CallerContext;
import org.mosaiccrm.kernel.api.security.CrmRoles;

/**
 * Who sees what in the sales module: a rep their own records, managers and administrators everyone's (the
 * console's Karaf administrators, and background jobs without a caller, too).
 */
public final class Visibility {

    private static final Set<String> TEAM_WIDE = Set.of(CrmRoles.ADMIN, CrmRoles.MANAGER, "admin");

    private Visibility() {
    }

    public static boolean seesEveryone(CallerContext callers) {
        return callers.caller().map(caller -> caller.hasAnyRole(TEAM_WIDE)).orElse(true);
    }

    /** {@code me} (or nothing) is the caller; a name stays as it is. */
    public static String user(CallerContext callers, String name) {
        return name == null || name.isBlank() || "me".equals(name.trim()) ? callers.name() : name.trim();
    }

    /**
     * The user a record is given to — the caller, or for a manager anyone of the CRM with one of {@code roles} (a
     * portal customer owns no opportunity).
     *
     * @throws org.mosaiccrm.kernel.api.problem.ForbiddenException when a rep names someone else
     * @throws org.mosaiccrm.kernel.api.problem.ValidationException on {@code field} for a user without those roles
     */
    public static String giveTo(CallerContext callers, org.mosaiccrm.kernel.api.security.UserDirectory users, String named, String field,
                                Set<String> roles) {
        String user = user(callers, named);
        if (user.equals(callers.name())) {
            return user;
        }
        if (!seesEveryone(callers)) {
            throw new org.mosaiccrm.kernel.api.problem.ForbiddenException("managers-only", "Managers only",
                    "Only a manager gives a record to someone else.");
        }
        if (!users.isUser(user) || users.rolesOf(user).stream().noneMatch(roles::contains)) {
            throw new org.mosaiccrm.kernel.api.problem.ValidationException(field, "is not a user of the CRM with one of the roles " + roles);
        }
        return user;
    }

    /** Whether the caller may see or change a record owned by {@code owner} (or planned by {@code creator}). */
    public static boolean allows(CallerContext callers, String owner, String creator) {
        return seesEveryone(callers) || callers.name().equals(owner) || callers.name().equals(creator);
    }
}
