package org.mosaiccrm.kernel.impl.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;

import org.mosaiccrm.kernel.api.CrmRest;
import org.mosaiccrm.kernel.api.audit.AuditLog;
import org.mosaiccrm.kernel.api.audit.AuditQuery;
import org.mosaiccrm.kernel.api.audit.AuditRecord;
import org.mosaiccrm.kernel.api.paging.Page;
import org.mosaiccrm.kernel.api.paging.PageRequest;
import org.mosaiccrm.kernel.api.problem.FieldError;
import org.mosaiccrm.kernel.api.problem.ValidationException;
import org.mosaiccrm.kernel.api.security.CrmRoles;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** {@code GET /crm/api/audit?entityType=&entityId=&user=&from=&to=&offset=&limit=}, newest first. */
@Component(service = AuditResource.class)
@JaxrsResource
@JaxrsApplicationSelect(CrmRest.APPLICATION_SELECT)
@Path("audit")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ CrmRoles.ADMIN, CrmRoles.MANAGER })
public class AuditResource {

    private final AuditLog audit;

    @Activate
    public AuditResource(@Reference AuditLog audit) {
        this.audit = audit;
    }

    @GET
    public Page<AuditRecord> find(@QueryParam("entityType") String entityType, @QueryParam("entityId") String entityId,
                                  @QueryParam("user") String user, @QueryParam("from") String from,
                                  @QueryParam("to") String to, @QueryParam("offset") String offset,
                                  @QueryParam("limit") String limit) {
        PageRequest page = PageRequest.parse(offset, limit);
        List<FieldError> errors = new ArrayList<>();
        Instant since = instant("from", from, errors);
        Instant until = instant("to", to, errors);
        if (!errors.isEmpty()) {
            throw ValidationException.badParameters(errors);
        }
        return audit.find(new AuditQuery(blankToNull(entityType), blankToNull(entityId), blankToNull(user), since, until), page);
    }

    /** An ISO instant, or a date meaning the start of that day (UTC). */
    static Instant instant(String name, String value, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            Instant at = value.length() == 10 ? LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant() : Instant.parse(value);
            int before = errors.size();
            FieldError.checkInstant(errors, name, at);
            return errors.size() == before ? at : null;
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(name, "must be a date (2026-11-22) or an instant (2026-11-22T10:00:00Z)"));
            return null;
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
