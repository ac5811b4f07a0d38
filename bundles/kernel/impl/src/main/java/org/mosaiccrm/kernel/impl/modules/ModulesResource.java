package org.mosaiccrm.kernel.impl.modules;

import java.util.List;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import org.mosaiccrm.kernel.api.CrmRest;
import org.mosaiccrm.kernel.api.ModuleRegistry;
import org.mosaiccrm.kernel.api.ModuleStatus;
import org.mosaiccrm.kernel.api.problem.NotFoundException;
import org.mosaiccrm.kernel.api.security.CrmRoles;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** {@code /crm/api/system/modules}: what is installed, in which version and state. */
@Component(service = ModulesResource.class)
@JaxrsResource
@JaxrsApplicationSelect(CrmRest.APPLICATION_SELECT)
@Path("system/modules")
@RolesAllowed({ CrmRoles.ADMIN, CrmRoles.MANAGER, CrmRoles.SALES, CrmRoles.AGENT, CrmRoles.MARKETING })
@Produces(MediaType.APPLICATION_JSON)
public class ModulesResource {

    private final ModuleRegistry registry;

    @Activate
    public ModulesResource(@Reference ModuleRegistry registry) {
        this.registry = registry;
    }

    @GET
    public List<ModuleStatus> modules() {
        return registry.modules();
    }

    @GET
    @Path("{name}")
    public ModuleStatus module(@PathParam("name") String name) {
        return registry.module(name).orElseThrow(() -> new NotFoundException("Module", name));
    }
}
