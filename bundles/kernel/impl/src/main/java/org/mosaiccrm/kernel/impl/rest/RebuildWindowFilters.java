package org.mosaiccrm.kernel.impl.rest;

import java.util.Dictionary;
import java.util.HashMap;
import java.util.Hashtable;
import java.util.Map;

import javax.servlet.Filter;

import org.mosaiccrm.kernel.api.CrmRest;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.http.context.ServletContextHelper;
import org.osgi.service.http.whiteboard.HttpWhiteboardConstants;

/**
 * One {@link RebuildWindowFilter} per servlet context of a CRM application (the whiteboard gives each
 * application a context of its own at its base, {@code /crm/api} and {@code /crm/api/<module>}). One
 * filter selecting every context instead was re-registered by Pax Web in all contexts whenever a module's
 * context came or went, disturbing the modules that did not change.
 */
@Component
public class RebuildWindowFilters {

    private final BundleContext bundle;
    private final Map<ServiceReference<ServletContextHelper>, ServiceRegistration<Filter>> filters = new HashMap<>();
    private boolean active = true;

    @Activate
    public RebuildWindowFilters(BundleContext bundle) {
        this.bundle = bundle;
    }

    @Reference(service = ServletContextHelper.class, cardinality = ReferenceCardinality.MULTIPLE,
            policy = ReferencePolicy.DYNAMIC, target = "(" + HttpWhiteboardConstants.HTTP_WHITEBOARD_CONTEXT_PATH + "="
                    + CrmRest.BASE_PATH + "*)")
    synchronized void addContext(ServiceReference<ServletContextHelper> context) {
        if (!active) {
            return;
        }
        Dictionary<String, Object> properties = new Hashtable<>();
        properties.put(HttpWhiteboardConstants.HTTP_WHITEBOARD_FILTER_PATTERN, "/*");
        // a server-sent event stream (the desktop's calls) suspends its request: every filter on the way must allow it
        properties.put(HttpWhiteboardConstants.HTTP_WHITEBOARD_FILTER_ASYNC_SUPPORTED, Boolean.TRUE);
        properties.put(HttpWhiteboardConstants.HTTP_WHITEBOARD_CONTEXT_SELECT, "(" + HttpWhiteboardConstants.HTTP_WHITEBOARD_CONTEXT_NAME
                + "=" + context.getProperty(HttpWhiteboardConstants.HTTP_WHITEBOARD_CONTEXT_NAME) + ")");
        filters.put(context, bundle.registerService(Filter.class, new RebuildWindowFilter(), properties));
    }

    synchronized void removeContext(ServiceReference<ServletContextHelper> context) {
        unregister(filters.remove(context));
    }

    @Deactivate
    synchronized void deactivate() {
        active = false;
        filters.values().forEach(RebuildWindowFilters::unregister);
        filters.clear();
    }

    private static void unregister(ServiceRegistration<Filter> registration) {
        if (registration == null) {
            return;
        }
        try {
            registration.unregister();
        } catch (IllegalStateException alreadyGone) {
            // the kernel bundle is stopping
        }
    }
}
