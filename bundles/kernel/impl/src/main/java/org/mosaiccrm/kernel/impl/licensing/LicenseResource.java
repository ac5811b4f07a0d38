package org.mosaiccrm.kernel.impl.licensing;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import org.mosaiccrm.kernel.api.CrmRest;
import org.mosaiccrm.kernel.api.licensing.LicenseService;
import org.mosaiccrm.kernel.api.licensing.LicenseStatus;
import org.mosaiccrm.kernel.api.problem.ValidationException;
import org.mosaiccrm.kernel.api.security.CrmRoles;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * {@code /crm/api/system/license}: the license in force; PUT the license file's content to install
 * another one live (a refused license answers 422 saying why, and the one in force stays).
 */
@Component(service = LicenseResource.class)
@JaxrsResource
@JaxrsApplicationSelect(CrmRest.APPLICATION_SELECT)
@Path("system/license")
@Produces(MediaType.APPLICATION_JSON)
public class LicenseResource {

    /** A license is a few hundred bytes; anything far larger is not one. */
    static final int MAX_LICENSE_BYTES = 64 * 1024;

    private final LicenseService licensing;

    @Activate
    public LicenseResource(@Reference LicenseService licensing) {
        this.licensing = licensing;
    }

    @GET
    @RolesAllowed({ CrmRoles.ADMIN, CrmRoles.MANAGER })
    public LicenseStatus license() {
        return licensing.status();
    }

    @PUT
    @RolesAllowed(CrmRoles.ADMIN)
    @Consumes({ MediaType.APPLICATION_JSON, MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM })
    public LicenseStatus install(byte[] license) {
        if (license == null || license.length == 0) {
            throw new ValidationException("license", "the request body must be the license file");
        }
        if (license.length > MAX_LICENSE_BYTES) {
            throw new ValidationException("license", "refused: " + license.length + " bytes is not a license file");
        }
        return licensing.install(license);
    }
}
