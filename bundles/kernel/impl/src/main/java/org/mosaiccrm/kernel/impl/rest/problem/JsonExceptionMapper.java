package org.mosaiccrm.kernel.impl.rest.problem;

import javax.ws.rs.core.Context;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;
import javax.ws.rs.ext.ExceptionMapper;

import org.mosaiccrm.kernel.api.CrmRest;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ServiceScope;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;

import com.fasterxml.jackson.core.JsonProcessingException;

/** Malformed JSON, unknown fields and wrongly typed values in a request body: 400 with the field. */
@Component(service = ExceptionMapper.class, scope = ServiceScope.PROTOTYPE)
@JaxrsExtension
@JaxrsName(CrmRest.JSON_PROBLEMS_EXTENSION)
@JaxrsApplicationSelect(CrmRest.ALL_APPLICATIONS_SELECT)
public class JsonExceptionMapper implements ExceptionMapper<JsonProcessingException> {

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(JsonProcessingException e) {
        return ProblemResponses.of(e, uri);
    }
}
