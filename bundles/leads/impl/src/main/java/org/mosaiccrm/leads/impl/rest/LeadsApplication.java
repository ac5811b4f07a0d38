package org.mosaiccrm.leads.impl.rest;

import javax.ws.rs.core.Application;

import org.mosaiccrm.leads.api.LeadService;
import org.mosaiccrm.kernel.api.CrmRest;
import org.mosaiccrm.kernel.api.CrmRestApplication;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationBase;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;

/**
 * The leads module's REST application, {@code /crm/api/leads}: an application of its own, so
 * that another module coming or going never interrupts it. It exists only while the service runs
 * (licensed, database there); otherwise the kernel's application answers these paths with the reason.
 */
@Component(service = Application.class)
@CrmRestApplication
@JaxrsName(LeadsApplication.NAME)
@JaxrsApplicationBase(CrmRest.BASE_PATH + "/leads")
public class LeadsApplication extends Application {

    static final String NAME = "crm.leads";
    static final String SELECT = "(osgi.jaxrs.name=" + NAME + ")";

    @Activate
    public LeadsApplication(@Reference LeadService runningService) {
        // the reference is the point: served while the module's service is
    }
}
