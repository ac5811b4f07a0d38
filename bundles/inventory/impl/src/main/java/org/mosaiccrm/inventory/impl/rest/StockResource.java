package org.mosaiccrm.inventory.impl.rest;

import java.util.List;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.mosaiccrm.inventory.api.InventoryService;
import org.mosaiccrm.inventory.api.LedgerEntry;
import org.mosaiccrm.inventory.api.StockLevel;
import org.mosaiccrm.inventory.api.StockMovement;
import org.mosaiccrm.inventory.api.StockRule;
import org.mosaiccrm.inventory.impl.InventoryModule;
import org.mosaiccrm.kernel.api.RequestParameters;
import org.mosaiccrm.kernel.api.paging.Page;
import org.mosaiccrm.kernel.api.paging.PageRequest;
import org.mosaiccrm.kernel.api.security.CrmRoles;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * {@code /crm/api/inventory/stock}: levels ({@code ?sku=&location=}), and the movements staff record —
 * {@code POST stock/receipts}, {@code stock/adjustments} (managers, with a reason), {@code stock/transfers}
 * (managers); {@code GET stock/ledger?sku=} is the ledger, newest first.
 */
@Component(service = StockResource.class)
@JaxrsResource
@JaxrsApplicationSelect(InventoryModule.REST_SELECT)
@Path("stock")
@Produces(MediaType.APPLICATION_JSON)
public class StockResource {

    private final InventoryService inventory;

    @Activate
    public StockResource(@Reference InventoryService inventory) {
        this.inventory = inventory;
    }

    @GET
    @RolesAllowed({ CrmRoles.ADMIN, CrmRoles.MANAGER, CrmRoles.SALES, CrmRoles.AGENT })
    public List<StockLevel> levels(@QueryParam("sku") String sku, @QueryParam("location") String location) {
        return inventory.stock(sku, location);
    }

    @POST
    @Path("receipts")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ CrmRoles.ADMIN, CrmRoles.MANAGER })
    public Response receive(StockMovement movement) {
        return Response.status(201).entity(inventory.move(LedgerEntry.Kind.RECEIPT, movement)).build();
    }

    @POST
    @Path("adjustments")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ CrmRoles.ADMIN, CrmRoles.MANAGER })
    public Response adjust(StockMovement movement) {
        return Response.status(201).entity(inventory.move(LedgerEntry.Kind.ADJUSTMENT, movement)).build();
    }

    @POST
    @Path("transfers")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ CrmRoles.ADMIN, CrmRoles.MANAGER })
    public Response transfer(StockMovement movement) {
        return Response.status(201).entity(inventory.move(LedgerEntry.Kind.TRANSFER_OUT, movement)).build();
    }

    /** A manager's min/max for a product at a location ({@code 0} and {@code 0}: back to the sales history's). */
    @PUT
    @Path("rules")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ CrmRoles.ADMIN, CrmRoles.MANAGER })
    public StockRule setRule(StockRule rule) {
        return inventory.setStockRule(rule);
    }

    @GET
    @Path("ledger")
    @RolesAllowed({ CrmRoles.ADMIN, CrmRoles.MANAGER, CrmRoles.SALES, CrmRoles.AGENT })
    public Page<LedgerEntry> ledger(@QueryParam("sku") String sku, @QueryParam("location") String location,
                                    @QueryParam("offset") String offset, @QueryParam("limit") String limit) {
        return inventory.ledger(RequestParameters.required("sku", sku, "SKU-123"), location, PageRequest.parse(offset, limit));
    }
}
