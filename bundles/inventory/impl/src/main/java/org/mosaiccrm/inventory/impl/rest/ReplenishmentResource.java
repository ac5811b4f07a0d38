package org.mosaiccrm.inventory.impl.rest;

import java.util.List;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.mosaiccrm.inventory.api.InventoryService;
import org.mosaiccrm.inventory.api.ReorderPrediction;
import org.mosaiccrm.inventory.api.ReplenishmentSuggestion;
import org.mosaiccrm.inventory.impl.InventoryModule;
import org.mosaiccrm.kernel.api.RequestParameters;
import org.mosaiccrm.kernel.api.paging.Page;
import org.mosaiccrm.kernel.api.paging.PageRequest;
import org.mosaiccrm.kernel.api.problem.ValidationException;
import org.mosaiccrm.kernel.api.security.CrmRoles;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * {@code /crm/api/inventory/replenishment} (suggestions, accept, snooze: managers) and
 * {@code /predictions} (who will reorder what, and when: staff).
 */
@Component(service = ReplenishmentResource.class)
@JaxrsResource
@JaxrsApplicationSelect(InventoryModule.REST_SELECT)
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public class ReplenishmentResource {

    /** A snooze without a duration. */
    private static final int DEFAULT_SNOOZE_DAYS = 7;

    /** What a manager sends to snooze a suggestion. */
    public record Snooze(String sku, String location, Integer days) {
    }

    private final InventoryService inventory;

    @Activate
    public ReplenishmentResource(@Reference InventoryService inventory) {
        this.inventory = inventory;
    }

    /** {@code ?region=&location=}, the most urgent first, paged; the total in {@code X-Total-Count}. */
    @GET
    @Path("replenishment")
    @RolesAllowed({ CrmRoles.ADMIN, CrmRoles.MANAGER })
    public Page<ReplenishmentSuggestion> suggestions(@QueryParam("region") String region, @QueryParam("location") String location,
                                                     @QueryParam("offset") String offset, @QueryParam("limit") String limit) {
        return inventory.replenishment(region, location, PageRequest.parse(offset, limit));
    }

    @POST
    @Path("replenishment/accept")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ CrmRoles.ADMIN, CrmRoles.MANAGER })
    public ReplenishmentSuggestion.Accepted accept(ReplenishmentSuggestion.Acceptance acceptance) {
        return inventory.acceptReplenishment(acceptance);
    }

    @POST
    @Path("replenishment/snooze")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ CrmRoles.ADMIN, CrmRoles.MANAGER })
    public Response snooze(Snooze snooze) {
        if (snooze == null || snooze.sku() == null || snooze.sku().isBlank()) {
            throw new ValidationException("sku", "is required");
        }
        inventory.snoozeReplenishment(snooze.sku().strip(), snooze.location(), snooze.days() == null ? DEFAULT_SNOOZE_DAYS : snooze.days());
        return Response.noContent().build();
    }

    /** A customer's reorder predictions ({@code ?customer=}), the soonest first. */
    @GET
    @Path("predictions")
    @RolesAllowed({ CrmRoles.ADMIN, CrmRoles.MANAGER, CrmRoles.SALES, CrmRoles.AGENT, CrmRoles.MARKETING })
    public List<ReorderPrediction> predictions(@QueryParam("customer") String customer) {
        return inventory.reorderPredictions(RequestParameters.required("customer", customer, "<customer id>"));
    }

    /** Customers due to reorder within {@code ?days=} (default 7), the soonest first, paged. */
    @GET
    @Path("predictions/due")
    @RolesAllowed({ CrmRoles.ADMIN, CrmRoles.MANAGER, CrmRoles.SALES, CrmRoles.MARKETING })
    public Page<ReorderPrediction> due(@QueryParam("days") String days, @QueryParam("offset") String offset,
                                       @QueryParam("limit") String limit) {
        int within;
        try {
            within = days == null || days.isBlank() ? 7 : Integer.parseInt(days.strip());
        } catch (NumberFormatException e) {
            throw ValidationException.badParameters(List.of(new org.mosaiccrm.kernel.api.problem.FieldError("days",
                    "is a number of days, 0 to 365")));
        }
        if (within < 0 || within > 365) {
            throw ValidationException.badParameters(List.of(new org.mosaiccrm.kernel.api.problem.FieldError("days",
                    "is a number of days, 0 to 365")));
        }
        return inventory.dueToReorder(within, PageRequest.parse(offset, limit));
    }
}
