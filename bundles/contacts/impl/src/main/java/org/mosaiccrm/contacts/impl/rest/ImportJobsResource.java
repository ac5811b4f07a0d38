package org.mosaiccrm.contacts.impl.rest;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.mosaiccrm.commons.imports.CsvRows;
import org.mosaiccrm.commons.imports.TextUpload;
import org.mosaiccrm.contacts.api.ImportOptions;
import org.mosaiccrm.contacts.impl.ContactsModule;
import org.mosaiccrm.contacts.impl.exchange.CsvImport;
import org.mosaiccrm.contacts.impl.exchange.ImportJobs;
import org.mosaiccrm.kernel.api.problem.NotFoundException;
import org.mosaiccrm.kernel.api.security.BodyLimit;
import org.mosaiccrm.kernel.api.security.CrmRoles;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * {@code /crm/api/contacts/import-jobs}: large imports. {@code POST} a CSV or vCard file (up to 1 GiB)
 * and get {@code 202} with the job's address at once; {@code GET} it to follow the rows done and,
 * when it is {@code DONE}, read the report.
 */
@Component(service = ImportJobsResource.class)
@JaxrsResource
@JaxrsApplicationSelect(ContactsModule.REST_SELECT)
@Path("import-jobs")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ CrmRoles.ADMIN, CrmRoles.MANAGER, CrmRoles.SALES })
public class ImportJobsResource {

    private final ImportJobs jobs;

    @Activate
    public ImportJobsResource(@Reference ImportJobs jobs) {
        this.jobs = jobs;
    }

    @POST
    @Consumes({ "text/csv", MediaType.TEXT_PLAIN })
    @BodyLimit(megabytes = 1024)
    public Response submitCsv(@QueryParam("dryRun") boolean dryRun, @QueryParam("delimiter") String delimiter,
                              @HeaderParam("Content-Type") String type, InputStream body) throws IOException {
        Character separator = CsvRows.delimiter(delimiter);
        // checked whole before it is accepted: a file that is not CSV is a 422 now, not a FAILED job later
        return accepted(submit(TextUpload.spool(body, type).checkCsv(separator, jobs.csvColumns(), CsvImport.EXAMPLE_COLUMNS),
                ImportJobs.Format.CSV,
                new ImportOptions(dryRun, separator)));
    }

    @POST
    @Consumes({ "text/vcard", "text/x-vcard" })
    @BodyLimit(megabytes = 1024)
    public Response submitVCards(@QueryParam("dryRun") boolean dryRun, @HeaderParam("Content-Type") String type,
                                 InputStream body) throws IOException {
        return accepted(submit(TextUpload.spool(body, type), ImportJobs.Format.VCARD, new ImportOptions(dryRun, null)));
    }

    @GET
    @Path("{id}")
    public ImportJobs.Status get(@PathParam("id") String id) {
        return jobs.find(id).orElseThrow(() -> new NotFoundException("Import job", id));
    }

    /** The caller's jobs (an administrator's: everybody's), newest first, the last {@value ImportJobs#KEPT} kept. */
    @GET
    public java.util.List<ImportJobs.Status> list() {
        return jobs.list();
    }

    /** Cancels a queued or running job; what it stored so far stays. 409 once it has finished. */
    @DELETE
    @Path("{id}")
    public ImportJobs.Status cancel(@PathParam("id") String id) {
        return jobs.cancel(id).orElseThrow(() -> new NotFoundException("Import job", id));
    }

    /** Hands the upload to the jobs; if that fails, the spooled file does not stay behind. */
    private ImportJobs.Status submit(TextUpload upload, ImportJobs.Format format, ImportOptions options) throws IOException {
        try {
            return jobs.submit(upload, format, options);
        } catch (IOException | RuntimeException e) {
            upload.close();
            throw e;
        }
    }

    private static Response accepted(ImportJobs.Status status) {
        return Response.accepted(status).location(URI.create("import-jobs/" + status.id())).build();
    }
}
