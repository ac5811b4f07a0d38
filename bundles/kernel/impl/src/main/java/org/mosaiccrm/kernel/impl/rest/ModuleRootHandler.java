package org.mosaiccrm.kernel.impl.rest;

import java.io.IOException;

import javax.servlet.ServletException;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.handler.AbstractHandler;
import org.eclipse.jetty.server.handler.ContextHandler;
import org.mosaiccrm.kernel.api.CrmRest;
import org.osgi.framework.Constants;
import org.osgi.service.component.annotations.Component;

/**
 * Serves {@code /crm/api/<module>} as {@code /crm/api/<module>/}. Each module's REST application
 * has a servlet context of its own at that path (the Aries JAX-RS whiteboard gives every application
 * one), and Jetty answers a request for a context's bare path with a 302 to the path with a slash:
 * Pax Web never lets a context accept a null path info. Clients do not repeat a {@code POST} after a
 * 302, so {@code POST /crm/api/leads} would not create a lead. Pax Web puts Jetty {@link Handler}
 * services with a positive ranking ahead of the contexts; this one hands such a request to the
 * server again with the slash, which the module's context serves as its root.
 */
@Component(service = Handler.class, property = Constants.SERVICE_RANKING + ":Integer=100")
public class ModuleRootHandler extends AbstractHandler {

    private static final String PREFIX = CrmRest.BASE_PATH + "/";

    @Override
    public void handle(String target, Request baseRequest, HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        Server server = getServer();
        if (baseRequest.isHandled() || server == null || !isModuleRoot(target) || !isContextPath(server, target)) {
            return;
        }
        server.getHandler().handle(target + "/", baseRequest, request, response);
    }

    private static boolean isModuleRoot(String target) {
        return target.startsWith(PREFIX) && target.length() > PREFIX.length() && target.indexOf('/', PREFIX.length()) < 0;
    }

    private static boolean isContextPath(Server server, String target) {
        for (Handler handler : server.getChildHandlersByClass(ContextHandler.class)) {
            if (target.equals(((ContextHandler) handler).getContextPath())) {
                return true;
            }
        }
        return false;
    }
}
