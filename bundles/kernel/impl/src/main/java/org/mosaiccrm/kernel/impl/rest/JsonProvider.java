package org.mosaiccrm.kernel.impl.rest;

import javax.ws.rs.core.MediaType;
import javax.ws.rs.ext.MessageBodyReader;
import javax.ws.rs.ext.MessageBodyWriter;

import org.mosaiccrm.kernel.api.CrmRest;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsMediaType;

import com.fasterxml.jackson.jaxrs.json.JacksonJsonProvider;

/** JSON (and {@code application/problem+json}) for the CRM application, with {@link CrmJson}'s rules. */
@Component(service = { MessageBodyReader.class, MessageBodyWriter.class })
@JaxrsExtension
@JaxrsName(CrmRest.JSON_EXTENSION)
@JaxrsMediaType({ MediaType.APPLICATION_JSON, CrmRest.PROBLEM_JSON })
@JaxrsApplicationSelect(CrmRest.ALL_APPLICATIONS_SELECT)
public class JsonProvider extends JacksonJsonProvider {

    public JsonProvider() {
        super(CrmJson.newMapper());
    }
}
