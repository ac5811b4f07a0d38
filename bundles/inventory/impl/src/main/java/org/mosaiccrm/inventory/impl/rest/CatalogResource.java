package org.mosaiccrm.inventory.impl.rest;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.net.URI;
import java.util.List;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.EntityTag;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.mosaiccrm.commons.imports.CsvRows;
import org.mosaiccrm.commons.imports.TextUpload;
import org.mosaiccrm.inventory.api.InventoryService;
import org.mosaiccrm.inventory.api.Location;
import org.mosaiccrm.inventory.api.Product;
import org.mosaiccrm.inventory.api.ProductRelation;
import org.mosaiccrm.inventory.impl.InventoryModule;
import org.mosaiccrm.inventory.impl.exchange.CatalogColumns;
import org.mosaiccrm.kernel.api.RequestParameters;
import org.mosaiccrm.kernel.api.imports.ImportReport;
import org.mosaiccrm.kernel.api.paging.Page;
import org.mosaiccrm.kernel.api.paging.PageRequest;
import org.mosaiccrm.kernel.api.security.CrmRoles;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** {@code /crm/api/inventory/products} and {@code /locations}: the catalog and where stock is kept. */
@Component(service = CatalogResource.class)
@JaxrsResource
@JaxrsApplicationSelect(InventoryModule.REST_SELECT)
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public class CatalogResource {

    private final InventoryService inventory;

    @Activate
    public CatalogResource(@Reference InventoryService inventory) {
        this.inventory = inventory;
    }

    /** {@code ?q=} (start of the name or SKU), {@code &category=}, paged; the total in {@code X-Total-Count}. */
    @GET
    @Path("products")
    @RolesAllowed({ CrmRoles.ADMIN, CrmRoles.MANAGER, CrmRoles.SALES, CrmRoles.AGENT, CrmRoles.MARKETING, CrmRoles.CUSTOMER })
    public Page<Product> products(@QueryParam("q") String text, @QueryParam("category") String category,
                                  @QueryParam("offset") String offset, @QueryParam("limit") String limit) {
        return inventory.products(text, category, PageRequest.parse(offset, limit));
    }

    @POST
    @Path("products")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ CrmRoles.ADMIN, CrmRoles.MANAGER })
    public Response create(Product.Draft draft) {
        Product created = inventory.createProduct(draft);
        return Response.created(URI.create("products/" + created.sku())).tag(etag(created)).entity(created).build();
    }

    /**
     * CSV import of the catalog: a row's SKU creates or updates a product, a file imported twice changes nothing
     * the second time; answered with the per-row report ({@code ?dryRun=true} checks without storing).
     */
    @POST
    @Path("products/imports")
    @Consumes({ "text/csv", MediaType.TEXT_PLAIN })
    @RolesAllowed({ CrmRoles.ADMIN, CrmRoles.MANAGER })
    public ImportReport importCatalog(@QueryParam("dryRun") boolean dryRun, @QueryParam("delimiter") String delimiter,
                                      @HeaderParam("Content-Type") String type, InputStream body) throws IOException {
        Character separator = CsvRows.delimiter(delimiter);
        // spooled and checked whole first: a refused upload (413, 415, 422) has stored nothing
        try (TextUpload upload = TextUpload.spool(body, type).checkCsv(separator, CatalogColumns::reads, CatalogColumns.EXAMPLES);
             Reader csv = upload.reader()) {
            return inventory.importCatalog(csv, dryRun, separator).withEncoding(upload.charset().name());
        }
    }

    @GET
    @Path("products/{sku}")
    @RolesAllowed({ CrmRoles.ADMIN, CrmRoles.MANAGER, CrmRoles.SALES, CrmRoles.AGENT, CrmRoles.MARKETING, CrmRoles.CUSTOMER })
    public Response product(@PathParam("sku") String sku) {
        Product product = inventory.product(sku);
        return Response.ok(product).tag(etag(product)).build();
    }

    /** Needs {@code If-Match} with the version read. */
    @PUT
    @Path("products/{sku}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ CrmRoles.ADMIN, CrmRoles.MANAGER })
    public Response update(@PathParam("sku") String sku, @HeaderParam("If-Match") String ifMatch, Product.Draft draft) {
        Product updated = inventory.updateProduct(sku, RequestParameters.ifMatchVersion(ifMatch), draft);
        return Response.ok(updated).tag(etag(updated)).build();
    }

    @GET
    @Path("products/{sku}/related")
    @RolesAllowed({ CrmRoles.ADMIN, CrmRoles.MANAGER, CrmRoles.SALES, CrmRoles.AGENT, CrmRoles.MARKETING, CrmRoles.CUSTOMER })
    public List<ProductRelation> related(@PathParam("sku") String sku) {
        return inventory.relations(sku);
    }

    /** Body {@code {"relatedSku":"DETARTRANT","kind":"ACCESSORY"}}. */
    @POST
    @Path("products/{sku}/related")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ CrmRoles.ADMIN, CrmRoles.MANAGER, CrmRoles.MARKETING })
    public Response relate(@PathParam("sku") String sku, ProductRelation relation) {
        inventory.relate(new ProductRelation(sku, relation == null ? null : relation.relatedSku(), relation == null ? null : relation.kind()));
        return Response.noContent().build();
    }

    @GET
    @Path("locations")
    @RolesAllowed({ CrmRoles.ADMIN, CrmRoles.MANAGER, CrmRoles.SALES, CrmRoles.AGENT })
    public List<Location> locations() {
        return inventory.locations();
    }

    /** Creates or changes the location of that code. */
    @PUT
    @Path("locations/{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ CrmRoles.ADMIN, CrmRoles.MANAGER })
    public Location saveLocation(@PathParam("code") String code, Location location) {
        if (location == null) {
            return inventory.saveLocation(null);
        }
        return inventory.saveLocation(new Location(code, location.name(), location.kind(), location.regionCode(), location.regionName(),
                location.address()));
    }

    private static EntityTag etag(Product product) {
        return new EntityTag(String.valueOf(product.version()));
    }
}
