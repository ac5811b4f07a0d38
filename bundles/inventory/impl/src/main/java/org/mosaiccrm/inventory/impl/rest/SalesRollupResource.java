package org.mosaiccrm.inventory.impl.rest;

import java.util.Map;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import org.mosaiccrm.inventory.impl.InventoryModule;
import org.mosaiccrm.inventory.impl.reports.SalesRollupDesk;
import org.mosaiccrm.kernel.api.security.CrmRoles;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** {@code POST /crm/api/inventory/sales-rollup/rebuild}: recounts the monthly sales figures from every order. */
@Component(service = SalesRollupResource.class)
@JaxrsResource
@JaxrsApplicationSelect(InventoryModule.REST_SELECT)
@Path("sales-rollup")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ CrmRoles.ADMIN, CrmRoles.MANAGER })
public class SalesRollupResource {

    private final SalesRollupDesk rollup;

    @Activate
    public SalesRollupResource(@Reference SalesRollupDesk rollup) {
        this.rollup = rollup;
    }

    @POST
    @Path("rebuild")
    public Map<String, Object> rebuild() {
        long started = System.nanoTime();
        int cells = rollup.rebuild();
        return Map.of("cells", cells, "millis", (System.nanoTime() - started) / 1_000_000);
    }
}
