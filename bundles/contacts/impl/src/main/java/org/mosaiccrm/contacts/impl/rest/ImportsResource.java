package org.mosaiccrm.contacts.impl.rest;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;

import org.mosaiccrm.commons.imports.CsvRows;
import org.mosaiccrm.commons.imports.TextUpload;
import org.mosaiccrm.contacts.api.ContactService;
import org.mosaiccrm.contacts.api.ImportOptions;
import org.mosaiccrm.contacts.impl.ContactsModule;
import org.mosaiccrm.contacts.impl.exchange.CsvImport;
import org.mosaiccrm.contacts.impl.exchange.CustomerTransfer;
import org.mosaiccrm.kernel.api.imports.ImportProgress;
import org.mosaiccrm.kernel.api.imports.ImportReport;
import org.mosaiccrm.kernel.api.security.BodyLimit;
import org.mosaiccrm.kernel.api.security.CrmRoles;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * {@code POST /crm/api/contacts/imports?dryRun=&delimiter=} with a {@code text/csv} body: runs the
 * import while the request waits and answers its report (bodies up to the server's size limit;
 * larger files go to {@code import-jobs}). The body is spooled and checked whole first: a refused
 * upload (413, 415, 422) has stored nothing.
 */
@Component(service = ImportsResource.class)
@JaxrsResource
@JaxrsApplicationSelect(ContactsModule.REST_SELECT)
@Path("imports")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ CrmRoles.ADMIN, CrmRoles.MANAGER, CrmRoles.SALES })
public class ImportsResource {

    private final ContactService contacts;

    @Activate
    public ImportsResource(@Reference ContactService contacts) {
        this.contacts = contacts;
    }

    /**
     * The transfer format an export wrote ({@code Content-Type: application/x-ndjson}): customers keep their
     * ids, interactions come along (administrators only).
     */
    @POST
    @Consumes(CustomerTransfer.MEDIA_TYPE)
    @RolesAllowed(CrmRoles.ADMIN)
    @BodyLimit(megabytes = 1024)
    public ImportReport importTransfer(@QueryParam("dryRun") boolean dryRun, @HeaderParam("Content-Type") String type,
                                       InputStream body) throws IOException {
        try (TextUpload upload = TextUpload.spool(body, type); Reader lines = upload.reader()) {
            return contacts.importTransfer(lines, new ImportOptions(dryRun, null), ImportProgress.NONE)
                    .withEncoding(upload.charset().name());
        }
    }

    /** The same for vCards (3.0 or 4.0): {@code Content-Type: text/vcard}. */
    @POST
    @Consumes({ "text/vcard", "text/x-vcard" })
    public ImportReport importVCards(@QueryParam("dryRun") boolean dryRun, @HeaderParam("Content-Type") String type,
                                     InputStream body) throws IOException {
        try (TextUpload upload = TextUpload.spool(body, type); Reader cards = upload.reader()) {
            return contacts.importVCards(cards, new ImportOptions(dryRun, null), ImportProgress.NONE)
                    .withEncoding(upload.charset().name());
        }
    }

    @POST
    @Consumes({ "text/csv", MediaType.TEXT_PLAIN })
    public ImportReport importCsv(@QueryParam("dryRun") boolean dryRun, @QueryParam("delimiter") String delimiter,
                                  @HeaderParam("Content-Type") String type, InputStream body) throws IOException {
        Character separator = CsvRows.delimiter(delimiter);
        try (TextUpload upload = TextUpload.spool(body, type)
                .checkCsv(separator, CsvImport.columnsOf(contacts), CsvImport.EXAMPLE_COLUMNS); Reader csv = upload.reader()) {
            return contacts.importCsv(csv, new ImportOptions(dryRun, separator), ImportProgress.NONE)
                    .withEncoding(upload.charset().name());
        }
    }
}
