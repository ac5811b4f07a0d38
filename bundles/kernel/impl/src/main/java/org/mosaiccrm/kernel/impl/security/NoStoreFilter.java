package org.mosaiccrm.kernel.impl.security;

import javax.annotation.Priority;
import javax.ws.rs.Priorities;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerResponseContext;
import javax.ws.rs.container.ContainerResponseFilter;

import org.mosaiccrm.kernel.api.CrmRest;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;

/**
 * Every answer of the CRM API is somebody's data (customers, exports, personal-data reports, the audit trail):
 * no browser or proxy keeps a copy ({@code Cache-Control: no-store}), and no browser guesses its type
 * ({@code X-Content-Type-Options: nosniff}, also set before the application for answers it never sees).
 * A resource that may be cached says so itself.
 */
@Component(service = ContainerResponseFilter.class)
@JaxrsExtension
@JaxrsName("crm.no-store")
@JaxrsApplicationSelect(CrmRest.ALL_APPLICATIONS_SELECT)
@Priority(Priorities.HEADER_DECORATOR)
public class NoStoreFilter implements ContainerResponseFilter {

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        response.getHeaders().putSingle("X-Content-Type-Options", "nosniff");
        if (!response.getHeaders().containsKey("Cache-Control")) {
            response.getHeaders().putSingle("Cache-Control", "no-store");
        }
    }
}
