package org.mosaiccrm.kernel.impl.rest;

import javax.ws.rs.core.Application;

import org.mosaiccrm.kernel.api.CrmRest;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationBase;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;

/** The CRM REST application; modules' resources join it with {@link CrmRest#APPLICATION_SELECT}. */
@Component(service = Application.class)
@JaxrsApplicationBase(CrmRest.BASE_PATH)
@JaxrsName(CrmRest.APPLICATION_NAME)
public class CrmApplication extends Application {
}
