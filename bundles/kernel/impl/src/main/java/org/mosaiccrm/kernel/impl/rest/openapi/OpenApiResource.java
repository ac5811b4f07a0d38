package org.mosaiccrm.kernel.impl.rest.openapi;

import java.util.ArrayList;
import java.util.List;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.mosaiccrm.kernel.api.CrmRest;
import org.mosaiccrm.kernel.api.security.CrmRoles;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.runtime.JaxrsServiceRuntime;
import org.osgi.service.jaxrs.runtime.dto.ApplicationDTO;
import org.osgi.service.jaxrs.runtime.dto.ResourceDTO;
import org.osgi.service.jaxrs.runtime.dto.ResourceMethodInfoDTO;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * {@code GET /crm/api/openapi.json}: the OpenAPI 3 description of every CRM application the JAX-RS
 * runtime serves at this moment, read from the runtime itself ({@link OpenApiDocument}).
 */
@Component(service = OpenApiResource.class)
@JaxrsResource
@JaxrsApplicationSelect(CrmRest.APPLICATION_SELECT)
@Path("openapi.json")
@RolesAllowed({ CrmRoles.ADMIN, CrmRoles.MANAGER, CrmRoles.SALES, CrmRoles.AGENT, CrmRoles.MARKETING })
public class OpenApiResource {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final JaxrsServiceRuntime runtime;
    private final BundleContext context;

    @Activate
    public OpenApiResource(@Reference JaxrsServiceRuntime runtime, BundleContext context) {
        this.runtime = runtime;
        this.context = context;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public ObjectNode document() {
        List<OpenApiDocument.Operation> operations = new ArrayList<>();
        for (ApplicationDTO application : runtime.getRuntimeDTO().applicationDTOs) {
            if (application.base == null || !application.base.startsWith(CrmRest.BASE_PATH)) {
                continue; // not a CRM application
            }
            for (ResourceDTO resource : application.resourceDTOs) {
                Class<?> type = resourceClass(resource.serviceId);
                for (ResourceMethodInfoDTO method : resource.resourceMethods) {
                    operations.add(new OpenApiDocument.Operation(application.name, method.method,
                            OpenApiDocument.join(application.base, method.path), OpenApiDocument.list(method.consumingMimeType),
                            OpenApiDocument.list(method.producingMimeType), type,
                            type == null ? null : OpenApiDocument.javaMethod(type, method.method, method.path)));
                }
            }
        }
        return OpenApiDocument.build(JSON, context.getBundle().getVersion().toString(), operations);
    }

    /** The resource's class, read from its service registration (no instance is made), or {@code null}. */
    private Class<?> resourceClass(long serviceId) {
        try {
            ServiceReference<?>[] references = context.getAllServiceReferences(null, "(" + Constants.SERVICE_ID + "=" + serviceId + ")");
            for (ServiceReference<?> reference : references == null ? new ServiceReference<?>[0] : references) {
                Bundle bundle = reference.getBundle();
                String[] types = (String[]) reference.getProperty(Constants.OBJECTCLASS);
                if (bundle != null && types != null && types.length > 0) {
                    return bundle.loadClass(types[0]);
                }
            }
        } catch (InvalidSyntaxException | ClassNotFoundException | IllegalStateException e) {
            // a resource registered under an interface, or going away right now: described without roles and parameters
        }
        return null;
    }
}
