package org.mosaiccrm.kernel.impl.metrics;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;

import org.mosaiccrm.kernel.api.CrmRest;
import org.mosaiccrm.kernel.api.security.CrmRoles;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** {@code GET /crm/api/metrics}: every meter in Prometheus' text format, for administrators (a scraper's account). */
@Component(service = MetricsResource.class)
@JaxrsResource
@JaxrsApplicationSelect(CrmRest.APPLICATION_SELECT)
@Path("metrics")
@RolesAllowed(CrmRoles.ADMIN)
public class MetricsResource {

    /** Prometheus' text exposition format. */
    static final String PROMETHEUS_TEXT = "text/plain; version=0.0.4; charset=utf-8";

    private final CrmMetrics metrics;

    @Activate
    public MetricsResource(@Reference CrmMetrics metrics) {
        this.metrics = metrics;
    }

    @GET
    @Produces(PROMETHEUS_TEXT)
    public String scrape() {
        return metrics.scrape();
    }
}
