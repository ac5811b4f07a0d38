package org.mosaiccrm.web.impl.desktop;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;

import org.mosaiccrm.kernel.api.problem.ValidationException;
import org.mosaiccrm.kernel.api.security.CallerContext;
import org.mosaiccrm.kernel.api.security.CrmRoles;
import org.mosaiccrm.web.impl.WebModule;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * {@code GET /crm/api/web/desktop?lang=fr}: the screens, customer panels, dashboard cards (staff) or
 * portal sections (customers) of the modules running now, for the caller's roles, titled in the
 * language asked for (else the browser's {@code Accept-Language}).
 */
@Component(service = DesktopResource.class)
@JaxrsResource
@JaxrsApplicationSelect(WebModule.REST_SELECT)
@Path("desktop")
@Produces(MediaType.APPLICATION_JSON)
public class DesktopResource {

    private final Desktop desktop;
    private final CallerContext callers;

    @Activate
    public DesktopResource(@Reference Desktop desktop, @Reference CallerContext callers) {
        this.desktop = desktop;
        this.callers = callers;
    }

    @GET
    @RolesAllowed({ CrmRoles.ADMIN, CrmRoles.MANAGER, CrmRoles.SALES, CrmRoles.AGENT, CrmRoles.MARKETING, CrmRoles.CUSTOMER })
    public Desktop.View view(@QueryParam("lang") String lang, @HeaderParam("Accept-Language") String acceptLanguage) {
        if (lang != null && !lang.matches("[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*")) {
            throw new ValidationException("lang", "must be a language tag such as fr or en");
        }
        String language = lang != null ? lang : acceptLanguage == null ? "en" : acceptLanguage.split("[,;]")[0].strip();
        return desktop.view(callers.caller().orElseThrow(), language);
    }
}
