package org.mosaiccrm.contacts.impl.rest;

import javax.ws.rs.core.Application;

import org.mosaiccrm.contacts.api.ContactService;
import org.mosaiccrm.kernel.api.CrmRest;
import org.mosaiccrm.kernel.api.CrmRestApplication;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationBase;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;

/**
 * The contacts module's REST application, {@code /crm/api/contacts}: an application of its own, so
 * that another module coming or going never interrupts it. It exists only while the service runs
 * (licensed, database there); otherwise the kernel's application answers these paths with the reason.
 */
@Component(service = Application.class)
@CrmRestApplication
@JaxrsName(ContactsApplication.NAME)
@JaxrsApplicationBase(CrmRest.BASE_PATH + "/contacts")
public class ContactsApplication extends Application {

    static final String NAME = "crm.contacts";
    static final String SELECT = "(osgi.jaxrs.name=" + NAME + ")";

    @Activate
    public ContactsApplication(@Reference ContactService runningService) {
        // the reference is the point: served while the module's service is
    }
}
