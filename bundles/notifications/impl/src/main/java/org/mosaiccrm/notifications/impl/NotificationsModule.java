package org.mosaiccrm.notifications.impl;

import org.mosaiccrm.kernel.api.ModuleDescriptor;
import org.mosaiccrm.kernel.api.schema.CrmSchema;
import org.mosaiccrm.kernel.api.schema.ModuleSchema;
import org.osgi.annotation.bundle.Header;
import org.osgi.service.component.annotations.Component;

/**
 * The notifications module as the CRM kernel knows it: registered without any requirement, so that
 * {@code crm:modules} lists it even while it is dormant (unlicensed, waiting). Its name is the license
 * feature, the REST path, the console scope and the table prefix.
 */
@Component(service = ModuleDescriptor.class)
// Aries JPA creates the "notifications" persistence unit from this descriptor
@Header(name = "Meta-Persistence", value = "META-INF/persistence.xml")
// Karaf registers the crm:notification-* commands of this package
@Header(name = "Karaf-Commands", value = "org.mosaiccrm.notifications.impl.shell")
// the CRM kernel applies the changelog of the module's tables when this bundle starts
@CrmSchema(module = NotificationsModule.NAME, changelog = NotificationsModule.CHANGELOG)
public class NotificationsModule implements ModuleDescriptor {

    public static final String NAME = "notifications";

    /** The module's tables (NOTIFICATIONS_*): add a numbered file for every change, never edit a shipped one. */
    public static final String CHANGELOG = "db/notifications/changelog.xml";

    /** What a component that uses the module's tables waits for: the schema brought up to date. */
    public static final String SCHEMA_READY = "(" + ModuleSchema.MODULE_PROPERTY + "=" + NAME + ")";

    /** Selects the module's REST application, which the kernel serves while the module's service runs. */
    public static final String REST_SELECT = "(osgi.jaxrs.name=crm." + NAME + ")";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String title() {
        return "Notifications";
    }
}
