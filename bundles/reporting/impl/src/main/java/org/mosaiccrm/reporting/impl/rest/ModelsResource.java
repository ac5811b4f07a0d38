package org.mosaiccrm.reporting.impl.rest;

import java.util.List;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;

import org.mosaiccrm.contacts.api.ContactService;
import org.mosaiccrm.kernel.api.problem.ValidationException;
import org.mosaiccrm.kernel.api.security.CrmRoles;
import org.mosaiccrm.reporting.api.predictions.AssociationRule;
import org.mosaiccrm.reporting.api.predictions.CustomerOutlook;
import org.mosaiccrm.reporting.api.predictions.ModelQuality;
import org.mosaiccrm.reporting.api.predictions.Predictions;
import org.mosaiccrm.reporting.impl.ReportingModule;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * The predictions: {@code GET models} (each model's holdout score next to its baseline), {@code POST
 * models/refresh} (train now), {@code GET customers/{id}/outlook}, {@code GET products/{sku}/also-bought}.
 */
@Component(service = ModelsResource.class)
@JaxrsResource
@JaxrsApplicationSelect(ReportingModule.REST_SELECT)
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ CrmRoles.ADMIN, CrmRoles.MANAGER, CrmRoles.SALES, CrmRoles.AGENT, CrmRoles.MARKETING })
public class ModelsResource {

    private final Predictions predictions;
    private final ContactService contacts;

    @Activate
    public ModelsResource(@Reference Predictions predictions, @Reference ContactService contacts) {
        this.predictions = predictions;
        this.contacts = contacts;
    }

    @GET
    @Path("models")
    public List<ModelQuality> models() {
        return predictions.models();
    }

    @POST
    @Path("models/refresh")
    @RolesAllowed({ CrmRoles.ADMIN, CrmRoles.MANAGER })
    public List<ModelQuality> refresh() {
        return predictions.refresh();
    }

    @GET
    @Path("customers/{id}/outlook")
    public CustomerOutlook outlook(@PathParam("id") String customerId) {
        contacts.get(customerId); // the customer exists and the caller may see them (else 404)
        return predictions.outlook(customerId);
    }

    @GET
    @Path("products/{sku}/also-bought")
    public List<AssociationRule> alsoBought(@PathParam("sku") String sku, @QueryParam("limit") String limit) {
        int count = 10;
        if (limit != null && !limit.isBlank()) {
            if (!limit.matches("\\d{1,2}") || Integer.parseInt(limit) < 1 || Integer.parseInt(limit) > 50) {
                throw new ValidationException("limit", "must be a whole number from 1 to 50");
            }
            count = Integer.parseInt(limit);
        }
        return predictions.alsoBought(sku, count);
    }
}
