package org.mosaiccrm.kernel.impl.rest;

import java.io.IOException;

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
 * While the CRM starts (or restarts), the kernel's REST application has no servlet context yet, and a
 * request for {@code /crm/api/...} reaches Jetty's own HTML 404 or the whiteboard's default application
 * ("No service was found"): a client would take the API for gone. Until the context at
 * {@link CrmRest#BASE_PATH} is started, this handler, put ahead of the contexts by Pax Web like
 * {@link ModuleRootHandler}, answers a 503 problem with {@code Retry-After}. Once the kernel's context
 * exists, a module not yet there is answered by {@link RebuildWindowFilter} inside it.
 */
@Component(service = Handler.class, property = Constants.SERVICE_RANKING + ":Integer=90")
public class StartingWindowHandler extends AbstractHandler {

    @Override
    public void handle(String target, Request baseRequest, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        Server server = getServer();
        if (baseRequest.isHandled() || server == null || !isApiPath(target) || kernelContextStarted(server)) {
            return;
        }
        response.setHeader("Retry-After", "2");
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        RebuildWindowFilter.problem(response, 503, "unavailable", "Service unavailable",
                "The CRM is starting: its API is not served yet; retry in a few seconds.", request);
        baseRequest.setHandled(true);
    }

    private static boolean isApiPath(String target) {
        return target.equals(CrmRest.BASE_PATH) || target.startsWith(CrmRest.BASE_PATH + "/");
    }

    private static boolean kernelContextStarted(Server server) {
        for (Handler handler : server.getChildHandlersByClass(ContextHandler.class)) {
            ContextHandler context = (ContextHandler) handler;
            if (CrmRest.BASE_PATH.equals(context.getContextPath()) && context.isStarted()) {
                return true;
            }
        }
        return false;
    }
}
