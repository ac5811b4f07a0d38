package org.mosaiccrm.kernel.impl.rest;

import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerResponseContext;
import javax.ws.rs.container.ContainerResponseFilter;

import org.mosaiccrm.kernel.api.CrmRest;
import org.mosaiccrm.kernel.api.paging.Page;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;

/**
 * Lets a resource return a {@link Page}: the body becomes the plain JSON array of items and the
 * total goes to {@code X-Total-Count}, so every list endpoint pages the same way.
 */
@Component(service = ContainerResponseFilter.class)
@JaxrsExtension
@JaxrsApplicationSelect(CrmRest.ALL_APPLICATIONS_SELECT)
public class PagedResponseFilter implements ContainerResponseFilter {

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getEntity() instanceof Page<?> page) {
            response.getHeaders().putSingle(CrmRest.TOTAL_COUNT_HEADER, page.total());
            response.getHeaders().putSingle("X-Offset", page.offset());
            response.getHeaders().putSingle("X-Limit", page.limit());
            response.setEntity(page.items(), response.getEntityAnnotations(), response.getMediaType());
        }
    }
}
