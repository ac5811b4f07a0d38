package org.mosaiccrm.inventory.impl.rest;

import java.net.URI;
import java.util.List;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.EntityTag;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.mosaiccrm.inventory.api.CustomerAccount;
import org.mosaiccrm.inventory.api.InventoryService;
import org.mosaiccrm.inventory.api.Order;
import org.mosaiccrm.inventory.api.OrderStatus;
import org.mosaiccrm.inventory.api.Payment;
import org.mosaiccrm.inventory.api.Shipment;
import org.mosaiccrm.inventory.api.Warranty;
import org.mosaiccrm.inventory.impl.InventoryModule;
import org.mosaiccrm.kernel.api.RequestParameters;
import org.mosaiccrm.kernel.api.paging.Page;
import org.mosaiccrm.kernel.api.paging.PageRequest;
import org.mosaiccrm.kernel.api.problem.NotFoundException;
import org.mosaiccrm.kernel.api.problem.ValidationException;
import org.mosaiccrm.kernel.api.security.CrmRoles;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * Orders, their payments and shipments, warranties and customers' accounts under {@code /crm/api/inventory}.
 * A portal customer reads and places their own orders only (the service scopes every call).
 */
@Component(service = OrdersResource.class)
@JaxrsResource
@JaxrsApplicationSelect(InventoryModule.REST_SELECT)
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public class OrdersResource {


    private final InventoryService inventory;

    @Activate
    public OrdersResource(@Reference InventoryService inventory) {
        this.inventory = inventory;
    }

    @GET
    @Path("orders")
    @RolesAllowed({ CrmRoles.ADMIN, CrmRoles.MANAGER, CrmRoles.SALES, CrmRoles.AGENT, CrmRoles.CUSTOMER })
    public Page<Order> orders(@QueryParam("customerId") String customerId, @QueryParam("status") String status,
                              @QueryParam("offset") String offset, @QueryParam("limit") String limit) {
        return inventory.orders(customerId, RequestParameters.enumValue(OrderStatus.class, "status", status), PageRequest.parse(offset, limit));
    }

    /** 409 with {@code creditLimit}, {@code openBalance}, {@code orderTotal} beyond the credit limit; with {@code available} when stock is short. */
    @POST
    @Path("orders")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ CrmRoles.ADMIN, CrmRoles.MANAGER, CrmRoles.SALES, CrmRoles.CUSTOMER })
    public Response place(Order.Draft draft) {
        Order placed = inventory.placeOrder(draft);
        return Response.created(URI.create("orders/" + placed.id())).tag(etag(placed)).entity(placed).build();
    }

    @GET
    @Path("orders/{id}")
    @RolesAllowed({ CrmRoles.ADMIN, CrmRoles.MANAGER, CrmRoles.SALES, CrmRoles.AGENT, CrmRoles.CUSTOMER })
    public Response order(@PathParam("id") String id) {
        Order order = inventory.order(id);
        return Response.ok(order).tag(etag(order)).build();
    }

    /** The body of a status change. */
    public record StatusChange(OrderStatus status) {
    }

    /** Needs {@code If-Match}; 409 with {@code allowed} for a move the order's life does not have. */
    @POST
    @Path("orders/{id}/status")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ CrmRoles.ADMIN, CrmRoles.MANAGER, CrmRoles.SALES })
    public Response changeStatus(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, StatusChange change) {
        if (change == null) {
            throw new ValidationException("status", "is required");
        }
        Order order = inventory.changeStatus(id, RequestParameters.ifMatchVersion(ifMatch), change.status());
        return Response.ok(order).tag(etag(order)).build();
    }

    @GET
    @Path("orders/{id}/payments")
    @RolesAllowed({ CrmRoles.ADMIN, CrmRoles.MANAGER, CrmRoles.SALES, CrmRoles.AGENT, CrmRoles.CUSTOMER })
    public List<Payment> payments(@PathParam("id") String id) {
        return inventory.payments(id);
    }

    @POST
    @Path("orders/{id}/payments")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ CrmRoles.ADMIN, CrmRoles.MANAGER, CrmRoles.SALES })
    public Response pay(@PathParam("id") String id, Payment.Draft payment) {
        return Response.status(201).entity(inventory.pay(id, payment)).build();
    }

    @GET
    @Path("orders/{id}/shipments")
    @RolesAllowed({ CrmRoles.ADMIN, CrmRoles.MANAGER, CrmRoles.SALES, CrmRoles.AGENT, CrmRoles.CUSTOMER })
    public List<Shipment> shipments(@PathParam("id") String id) {
        return inventory.shipments(id);
    }

    /** Without lines, everything the stock allows; a serialized product's line lists its serial numbers. */
    @POST
    @Path("orders/{id}/shipments")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ CrmRoles.ADMIN, CrmRoles.MANAGER, CrmRoles.SALES })
    public Response ship(@PathParam("id") String id, Shipment.Draft shipment) {
        return Response.status(201).entity(inventory.ship(id, shipment)).build();
    }

    @GET
    @Path("warranties/{serial}")
    @RolesAllowed({ CrmRoles.ADMIN, CrmRoles.MANAGER, CrmRoles.SALES, CrmRoles.AGENT, CrmRoles.CUSTOMER })
    public Warranty warranty(@PathParam("serial") String serial) {
        return inventory.warranty(serial).orElseThrow(() -> new NotFoundException("Warranty", serial));
    }

    @GET
    @Path("customers/{id}/warranties")
    @RolesAllowed({ CrmRoles.ADMIN, CrmRoles.MANAGER, CrmRoles.SALES, CrmRoles.AGENT, CrmRoles.CUSTOMER })
    public List<Warranty> warranties(@PathParam("id") String customerId) {
        inventory.account(customerId); // 404 for a customer the caller may not see
        return inventory.warranties(customerId);
    }

    @GET
    @Path("customers/{id}/account")
    @RolesAllowed({ CrmRoles.ADMIN, CrmRoles.MANAGER, CrmRoles.SALES, CrmRoles.AGENT, CrmRoles.CUSTOMER })
    public CustomerAccount account(@PathParam("id") String customerId) {
        return inventory.account(customerId);
    }

    private static EntityTag etag(Order order) {
        return new EntityTag(String.valueOf(order.version()));
    }
}
