package org.mosaiccrm.contacts.impl.rest;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.StreamingOutput;

import org.mosaiccrm.contacts.api.ContactService;
import org.mosaiccrm.contacts.api.CustomerQuery;
import org.mosaiccrm.contacts.impl.ContactsModule;
import org.mosaiccrm.contacts.impl.exchange.CustomerTransfer;
import org.mosaiccrm.kernel.api.security.CrmRoles;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** {@code GET /crm/api/contacts/exports?name=&tag=&owner=&tier=}: the matching customers as CSV, streamed. */
@Component(service = ExportsResource.class)
@JaxrsResource
@JaxrsApplicationSelect(ContactsModule.REST_SELECT)
@Path("exports")
@RolesAllowed({ CrmRoles.ADMIN, CrmRoles.MANAGER, CrmRoles.SALES, CrmRoles.MARKETING })
public class ExportsResource {

    private final ContactService contacts;

    @Activate
    public ExportsResource(@Reference ContactService contacts) {
        this.contacts = contacts;
    }

    /** With {@code Accept: text/vcard}: vCards 4.0, or 3.0 with {@code ?version=3.0}. */
    // "qs": with no Accept header (or */*) the three methods are equal candidates, and CXF would pick one at
    // random; the server's own preference makes it CSV, always (the vCard and the transfer format need asking for)
    @GET
    @Produces("text/vcard;qs=0.9")
    public Response exportVCards(@QueryParam("name") String name, @QueryParam("tag") String tag,
                                 @QueryParam("owner") String owner, @QueryParam("tier") String tier,
                                 @QueryParam("version") String version) {
        CustomerQuery query = CustomerQuery.byName(name).withTag(tag).withOwner(owner).withTier(tier);
        boolean version3 = "3.0".equals(version) || "3".equals(version);
        return streamed("customers.vcf", writer -> contacts.exportVCards(query, version3, writer));
    }

    @GET
    @Produces("text/csv")
    public Response exportCsv(@QueryParam("name") String name, @QueryParam("tag") String tag,
                              @QueryParam("owner") String owner, @QueryParam("tier") String tier) {
        CustomerQuery query = CustomerQuery.byName(name).withTag(tag).withOwner(owner).withTier(tier);
        return streamed("customers.csv", writer -> contacts.exportCsv(query, writer, written -> { }));
    }

    /**
     * With {@code Accept: application/x-ndjson}: the transfer format, every customer with its interactions and
     * ids, to move a customer base to another installation (administrators only: it is everything).
     */
    @GET
    @Produces(CustomerTransfer.MEDIA_TYPE + ";qs=0.5")
    @RolesAllowed(CrmRoles.ADMIN)
    public Response exportTransfer(@QueryParam("name") String name, @QueryParam("tag") String tag,
                                   @QueryParam("owner") String owner, @QueryParam("tier") String tier) {
        CustomerQuery query = CustomerQuery.byName(name).withTag(tag).withOwner(owner).withTier(tier);
        return streamed("customers.jsonl", writer -> contacts.exportTransfer(query, writer, written -> { }));
    }

    /** Writes a file of customers as it is read from the database, page by page: never all of it in memory. */
    @FunctionalInterface
    private interface Export {
        void write(Writer writer) throws java.io.IOException;
    }

    private static Response streamed(String fileName, Export export) {
        StreamingOutput body = output -> {
            Writer writer = new OutputStreamWriter(output, StandardCharsets.UTF_8);
            export.write(writer);
            writer.flush();
        };
        return Response.ok(body).header("Content-Disposition", "attachment; filename=\"" + fileName + "\"").build();
    }
}
