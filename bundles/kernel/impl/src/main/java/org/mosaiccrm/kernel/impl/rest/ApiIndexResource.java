package org.mosaiccrm.kernel.impl.rest;

import java.util.LinkedHashMap;
import java.util.Map;

import javax.annotation.security.PermitAll;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import org.mosaiccrm.kernel.api.CrmRest;
import org.mosaiccrm.kernel.api.ModuleRegistry;
import org.mosaiccrm.kernel.api.ModuleState;
import org.mosaiccrm.kernel.api.security.CallerContext;
import org.mosaiccrm.kernel.api.security.CrmRoles;
import org.mosaiccrm.kernel.api.security.RateLimit;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * {@code GET /crm/api/}: where to go from here. Anybody gets the links a client starts from; a member of the
 * staff also gets the version and the module applications running now.
 */
@Component(service = ApiIndexResource.class)
@JaxrsResource
@JaxrsApplicationSelect(CrmRest.APPLICATION_SELECT)
@Path("")
@Produces(MediaType.APPLICATION_JSON)
public class ApiIndexResource {

    private final ModuleRegistry modules;
    private final CallerContext callers;
    private final String version;

    @Activate
    public ApiIndexResource(@Reference ModuleRegistry modules, @Reference CallerContext callers, BundleContext context) {
        this.modules = modules;
        this.callers = callers;
        this.version = context.getBundle().getVersion().toString();
    }

    @GET
    @PermitAll
    @RateLimit(requests = 60, perSeconds = 60)
    public Map<String, Object> index() {
        Map<String, Object> index = new LinkedHashMap<>();
        index.put("name", "Mosaic CRM");
        Map<String, String> links = new LinkedHashMap<>();
        links.put("health", CrmRest.BASE_PATH + "/health");
        links.put("modules", CrmRest.BASE_PATH + "/system/modules");
        links.put("openapi", CrmRest.BASE_PATH + "/openapi.json");
        links.put("schema", CrmRest.BASE_PATH + "/system/schema");
        links.put("audit", CrmRest.BASE_PATH + "/audit");
        index.put("links", links);
        boolean staff = callers.caller().map(caller -> caller.hasAnyRole(CrmRoles.STAFF)).orElse(false);
        if (staff) {
            index.put("version", version);
            Map<String, String> running = new LinkedHashMap<>();
            modules.modules().stream().filter(module -> module.state() == ModuleState.ACTIVE && !module.name().equals("kernel"))
                    .forEach(module -> running.put(module.name(), CrmRest.moduleBasePath(module.name())));
            index.put("applications", running);
        }
        return index;
    }
}
