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

    /** Whether the caller may see or change a record owned by {@code owner} (or planned by {@code creator}). */
    public static boolean allows(CallerContext callers, String owner, String creator) {
        return seesEveryone(callers) || callers.name().equals(owner) || callers.name().equals(creator);
    }
}
