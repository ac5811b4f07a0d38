package org.mosaiccrm.kernel.impl.rest.problem;

import javax.ws.rs.core.Context;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;
import javax.ws.rs.ext.ExceptionMapper;

import org.mosaiccrm.kernel.api.CrmRest;
import org.mosaiccrm.kernel.api.problem.ProblemException;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ServiceScope;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;

/** Errors thrown by CRM services (not found, validation, conflict, ...). */
@Component(service = ExceptionMapper.class, scope = ServiceScope.PROTOTYPE)
@JaxrsExtension
@JaxrsName(CrmRest.PROBLEMS_EXTENSION)
@JaxrsApplicationSelect(CrmRest.ALL_APPLICATIONS_SELECT)
public class ProblemExceptionMapper implements ExceptionMapper<ProblemException> {

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(ProblemException e) {
        return ProblemResponses.of(e, uri);
    }
}
