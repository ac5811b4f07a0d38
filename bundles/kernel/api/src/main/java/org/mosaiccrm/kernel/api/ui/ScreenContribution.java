package org.mosaiccrm.kernel.api.ui;

import java.util.List;

/**
 * A module's screens, registered as a service while the module runs (whiteboard). The web shell shows
 * each to the users whose roles it names, while the module is ACTIVE; a module that stops, is
 * uninstalled or loses its license takes its screens with it at the user's next navigation.
 */
public interface ScreenContribution {

    /** Where modules serve their screens' ES modules: {@code /crm/ui/<module>/}. */
    String ASSETS_BASE = "/crm/ui/";

    /** The module's name (its {@code ModuleDescriptor}'s): its assets are under {@link #ASSETS_BASE}{@code <module>/}. */
    String module();

    /** Desktop screens, each with a menu entry. */
    default List<Screen> screens() {
        return List.of();
    }

    /** Sections of a customer's 360° view (and of the screen pop). */
    default List<Screen> customerPanels() {
        return List.of();
    }

    /** Cards of the staff dashboard. */
    default List<Screen> dashboardCards() {
        return List.of();
    }

    /** Sections of the customer portal (shown to the customer about themselves only). */
    default List<Screen> portalPanels() {
        return List.of();
    }
}
