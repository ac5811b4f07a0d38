package org.mosaiccrm.kernel.impl.rest;

import java.util.Hashtable;
import java.util.List;

import javax.ws.rs.core.Application;

import org.mosaiccrm.kernel.api.CrmRest;
import org.mosaiccrm.kernel.api.CrmRestModule;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.jaxrs.whiteboard.JaxrsWhiteboardConstants;
import org.osgi.util.tracker.ServiceTracker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves each module's JAX-RS application while the module's central service runs (the service that
 * carries {@link CrmRestModule}): one application per module, so the whiteboard rebuilds only the
 * module that changed, and no module writes the same {@code Application} class again.
 */
@Component(immediate = true)
public class ModuleApplications {

    private static final Logger LOG = LoggerFactory.getLogger(ModuleApplications.class);

    /** The kernel's extensions, each required before an application is served (as {@code @CrmRestApplication}). */
    static final List<String> EXTENSIONS = List.of(CrmRest.JSON_EXTENSION, CrmRest.PROBLEMS_EXTENSION,
            CrmRest.JSON_PROBLEMS_EXTENSION, CrmRest.JAXRS_PROBLEMS_EXTENSION, CrmRest.UNEXPECTED_PROBLEMS_EXTENSION,
            CrmRest.SECURITY_EXTENSION, CrmRest.LIMITS_EXTENSION);

    /** The application class of every module: empty, its resources join it through the whiteboard. */
    static final class ModuleApplication extends Application {
    }

    private final ServiceTracker<Object, ServiceRegistration<Application>> tracker;

    @Activate
    public ModuleApplications(BundleContext context) throws InvalidSyntaxException {
        this.tracker = new ServiceTracker<>(context, context.createFilter("(&(" + CrmRestModule.PROPERTY + "=*)(!(objectClass=javax.ws.rs.core.Application)))"), null) {
            @Override
            public ServiceRegistration<Application> addingService(ServiceReference<Object> reference) {
                return register(context, reference);
            }

            @Override
            public void removedService(ServiceReference<Object> reference, ServiceRegistration<Application> registration) {
                if (registration != null) {
                    unregister(registration);
                }
            }
        };
        tracker.open(true);
    }

    @Deactivate
    void deactivate() {
        tracker.close();
    }

    private static ServiceRegistration<Application> register(BundleContext context, ServiceReference<Object> reference) {
        Object value = reference.getProperty(CrmRestModule.PROPERTY);
        String module = value instanceof String name ? name : null;
        if (module == null || !CrmRest.MODULE_NAME.matcher(module).matches()) {
            LOG.error("Bundle {} asks for a REST application for module '{}': not a module name ({}); none is served",
                    reference.getBundle().getSymbolicName(), value, CrmRest.MODULE_NAME.pattern());
            return null;
        }
        Hashtable<String, Object> properties = new Hashtable<>();
        properties.put(JaxrsWhiteboardConstants.JAX_RS_NAME, CrmRest.moduleApplicationName(module));
        properties.put(JaxrsWhiteboardConstants.JAX_RS_APPLICATION_BASE, CrmRest.moduleBasePath(module));
        properties.put(CrmRest.CRM_APPLICATION_PROPERTY, "true");
        properties.put(JaxrsWhiteboardConstants.JAX_RS_EXTENSION_SELECT,
                EXTENSIONS.stream().map(name -> "(" + JaxrsWhiteboardConstants.JAX_RS_NAME + "=" + name + ")").toArray(String[]::new));
        // deliberately without crm.rest.module: the tracker would take the application for a module service
        LOG.debug("Serving the REST application of module {} at {}", module, CrmRest.moduleBasePath(module));
        return context.registerService(Application.class, new ModuleApplication(), properties);
    }

    private static void unregister(ServiceRegistration<Application> registration) {
        try {
            registration.unregister();
        } catch (IllegalStateException alreadyGone) {
            // the kernel is stopping: the framework unregistered it already
        }
    }

}
