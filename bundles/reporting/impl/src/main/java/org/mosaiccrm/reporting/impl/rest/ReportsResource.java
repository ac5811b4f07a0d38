package org.mosaiccrm.reporting.impl.rest;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.StreamingOutput;
import javax.ws.rs.core.UriInfo;

import org.mosaiccrm.kernel.api.problem.FieldError;
import org.mosaiccrm.kernel.api.problem.ValidationException;
import org.mosaiccrm.kernel.api.security.CrmRoles;
import org.mosaiccrm.reporting.api.ReportDefinition;
import org.mosaiccrm.reporting.impl.ReportingModule;
import org.mosaiccrm.reporting.impl.ReportingServiceImpl;
import org.mosaiccrm.reporting.impl.ReportingServiceImpl.PreparedReport;
import org.mosaiccrm.reporting.impl.output.CsvReportWriter;
import org.mosaiccrm.reporting.impl.output.JsonReportWriter;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * {@code GET /crm/api/reporting/reports}: the catalog the caller may run ({@code ?dashboard=sales}: a
 * dashboard's cards); {@code GET reports/{name}?<parameters>}: one report as JSON, or as CSV with
 * {@code Accept: text/csv} or {@code ?format=csv} (a link a browser follows), streamed as it is read.
 */
@Component(service = ReportsResource.class)
@JaxrsResource
@JaxrsApplicationSelect(ReportingModule.REST_SELECT)
@Path("reports")
@RolesAllowed({ CrmRoles.ADMIN, CrmRoles.MANAGER, CrmRoles.SALES, CrmRoles.AGENT, CrmRoles.MARKETING })
public class ReportsResource {

    private static final String CSV = "text/csv";

    private final ReportingServiceImpl reports;

    @Activate
    public ReportsResource(@Reference ReportingServiceImpl reports) {
        this.reports = reports;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public List<ReportDefinition> catalog(@Context UriInfo uri) {
        String dashboard = parameters(uri).get("dashboard");
        if (dashboard != null && !ReportDefinition.DASHBOARDS.contains(dashboard)) {
            throw new ValidationException("dashboard", "must be one of "
                    + String.join(", ", ReportDefinition.DASHBOARDS.stream().sorted().toList()));
        }
        return reports.catalog().stream().filter(report -> dashboard == null || report.dashboards().contains(dashboard)).toList();
    }

    @GET
    @Path("{name}")
    @Produces({ MediaType.APPLICATION_JSON + ";qs=1", CSV + ";qs=0.9" })
    public Response run(@PathParam("name") String name, @Context UriInfo uri, @Context HttpHeaders headers) {
        Map<String, String> parameters = parameters(uri);
        String format = parameters.get("format");
        boolean csv = format == null ? headers.getAcceptableMediaTypes().stream().findFirst()
                .map(type -> type.isCompatible(MediaType.valueOf(CSV)) && !type.isWildcardType()).orElse(false)
                : csv(format);
        PreparedReport prepared = reports.prepare(name, parameters, language(parameters, headers));
        if (csv) {
            StreamingOutput body = output -> {
                Writer writer = new OutputStreamWriter(output, StandardCharsets.UTF_8);
                CsvReportWriter sink = new CsvReportWriter(writer, prepared.definition(), prepared.arguments().language());
                reports.execute(prepared, sink); // a failure leaves the file unfinished: never closed as if complete
                sink.close();
                writer.flush();
            };
            return Response.ok(body, CSV + ";charset=UTF-8")
                    .header("Content-Disposition", "attachment; filename=\"" + name + ".csv\"").build();
        }
        StreamingOutput body = output -> {
            JsonReportWriter sink = new JsonReportWriter(output, prepared.definition(), prepared.arguments(), prepared.parameters());
            reports.execute(prepared, sink); // a failure leaves the document unfinished: never closed as if complete
            sink.close();
        };
        return Response.ok(body, MediaType.APPLICATION_JSON_TYPE).build();
    }

    private static boolean csv(String format) {
        return switch (format) {
            case "csv" -> true;
            case "json" -> false;
            default -> throw new ValidationException("format", "must be json or csv");
        };
    }

    /** The query's parameters, each given once (a parameter given twice is refused rather than guessed). */
    static Map<String, String> parameters(UriInfo uri) {
        Map<String, String> parameters = new LinkedHashMap<>();
        List<FieldError> errors = new ArrayList<>();
        uri.getQueryParameters().forEach((key, values) -> {
            if (values.size() > 1) {
                errors.add(new FieldError(key, "is given " + values.size() + " times"));
            } else {
                parameters.put(key, values.get(0) == null ? "" : values.get(0)); // ?from (no '='): as if not given
            }
        });
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return parameters;
    }

    private static String language(Map<String, String> parameters, HttpHeaders headers) {
        String asked = parameters.get("language");
        if (asked != null && asked.matches("[a-z]{2}")) {
            return asked;
        }
        List<Locale> languages;
        try {
            languages = headers.getAcceptableLanguages();
        } catch (RuntimeException malformed) { // CXF throws on a header such as ";;;,,,": the default language then
            return "fr";
        }
        return languages.isEmpty() || languages.get(0).getLanguage().isEmpty() || "*".equals(languages.get(0).getLanguage())
                ? "fr" : languages.get(0).getLanguage();
    }
}
