package org.mosaiccrm.kernel.api.ui;

import java.util.Set;

/**
 * A screen of the desktop with its menu entry, or a panel (a section of the customer's 360° view, a
 * dashboard card, a portal section).
 *
 * @param id     unique within the module; the desktop's address is {@code #/<module>/<id>}
 * @param titles the menu entry's or panel's title
 * @param icon   a short name from the shell's icon set (docs/web.md), or {@code null}
 * @param roles  the CRM roles that see it (a {@link org.mosaiccrm.kernel.api.security.CrmRoles} name);
 *               empty for every staff user
 * @param script the ES module rendering it, a path under the module's assets
 *               ({@code customers.js} is served at {@code /crm/ui/<module>/customers.js})
 * @param order  position among its kind, smaller first
 */
public record Screen(String id, Titles titles, String icon, Set<String> roles, String script, int order) {

    public Screen {
        if (id == null || !id.matches("[a-z][a-z0-9-]{0,31}")) {
            throw new IllegalArgumentException("a screen id is lower case letters, digits and dashes: " + id);
        }
        if (script == null || !script.matches("[A-Za-z0-9][A-Za-z0-9_./-]*\\.js") || script.contains("..")) {
            throw new IllegalArgumentException("a screen's script is a .js path within the module's assets: " + script);
        }
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }
}
