package org.mosaiccrm.kernel.impl.rest;

import javax.ws.rs.core.Application;

import org.mosaiccrm.kernel.api.CrmRest;
import org.mosaiccrm.kernel.api.CrmRestApplication;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationBase;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;

/**
 * The kernel's REST application (health, modules, license, audit) at {@code /crm/api}. It also
 * answers every {@code /crm/api/<module>} path whose module has no application right now, which is
 * how a client learns that a module is not installed, not licensed or not ready. Like every CRM
 * application it is only served once the kernel's extensions are there ({@link CrmRestApplication}).
 */
@Component(service = Application.class)
@CrmRestApplication
@JaxrsApplicationBase(CrmRest.BASE_PATH)
@JaxrsName(CrmRest.APPLICATION_NAME)
public class KernelApplication extends Application {
}
