package org.mosaiccrm.kernel.impl.rest;

import javax.ws.rs.core.Application;

import org.mosaiccrm.kernel.api.CrmRest;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationBase;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;

/**
 * The CRM REST application; modules' resources join it with {@link CrmRest#APPLICATION_SELECT}.
 * It is only served once its JSON provider, problem mappers, authentication and request limits are
 * there, so that no client ever sees a response written without them (during boot, for instance)
 * and no endpoint is ever open by accident.
 */
@Component(service = Application.class)
@JaxrsExtensionSelect({ "(osgi.jaxrs.name=" + CrmApplication.JSON + ")", "(osgi.jaxrs.name=" + CrmApplication.PROBLEMS + ")",
        "(osgi.jaxrs.name=" + CrmApplication.PROBLEMS_JSON + ")", "(osgi.jaxrs.name=" + CrmApplication.PROBLEMS_JAXRS + ")",
        "(osgi.jaxrs.name=" + CrmApplication.PROBLEMS_UNEXPECTED + ")",
        "(osgi.jaxrs.name=" + CrmApplication.SECURITY + ")", "(osgi.jaxrs.name=" + CrmApplication.LIMITS + ")" })
@JaxrsApplicationBase(CrmRest.BASE_PATH)
@JaxrsName(CrmRest.APPLICATION_NAME)
public class CrmApplication extends Application {

    public static final String JSON = "crm.json";
    public static final String PROBLEMS = "crm.problems";
    public static final String PROBLEMS_JSON = "crm.problems.json";
    public static final String PROBLEMS_JAXRS = "crm.problems.jaxrs";
    public static final String PROBLEMS_UNEXPECTED = "crm.problems.unexpected";
    public static final String SECURITY = "crm.security";
    public static final String LIMITS = "crm.limits";
}
