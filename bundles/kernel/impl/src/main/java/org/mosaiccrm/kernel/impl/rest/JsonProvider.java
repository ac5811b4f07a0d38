package org.mosaiccrm.kernel.impl.rest;

import javax.ws.rs.core.MediaType;
import javax.ws.rs.ext.MessageBodyReader;
import javax.ws.rs.ext.MessageBodyWriter;

import org.mosaiccrm.kernel.api.CrmRest;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ServiceScope;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsMediaType;

import com.fasterxml.jackson.jaxrs.json.JacksonJsonProvider;

/**
 * JSON (and {@code application/problem+json}) for the CRM applications, with {@link CrmJson}'s rules.
 * Prototype scope: each application gets a mapper of its own, whose caches (Jackson keeps every type it
 * has met) go with the application. One shared mapper kept the classes of every uninstalled revision of
 * a module alive.
 */
@Component(service = { MessageBodyReader.class, MessageBodyWriter.class }, scope = ServiceScope.PROTOTYPE)
@JaxrsExtension
@JaxrsName(CrmRest.JSON_EXTENSION)
@JaxrsMediaType({ MediaType.APPLICATION_JSON, CrmRest.PROBLEM_JSON })
@JaxrsApplicationSelect(CrmRest.ALL_APPLICATIONS_SELECT)
public class JsonProvider extends JacksonJsonProvider {

    public JsonProvider() {
        super(CrmJson.newMapper());
    }
}
