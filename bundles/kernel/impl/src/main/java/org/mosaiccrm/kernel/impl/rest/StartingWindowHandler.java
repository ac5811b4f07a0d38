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
 * request for {@code /crm/api/...} reaches Jetty's own HTML 404, the root context's default servlet or the
 * whiteboard's default application ("No service was found"): a client would take the API for gone. The
 * same happens for a moment whenever Pax Web restarts a CRM context. Until the context that will serve the
 * request is a started CRM context, this handler, put ahead of the contexts by Pax Web like
 * {@link ModuleRootHandler}, answers a 503 problem with {@code Retry-After}. A module not there at all is
 * answered inside the kernel's context (its 404 mapper, {@link RebuildWindowFilter}).
 */
@Component(service = Handler.class, property = Constants.SERVICE_RANKING + ":Integer=90")
public class StartingWindowHandler extends AbstractHandler {

    @Override
    public void handle(String target, Request baseRequest, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        Server server = getServer();
        if (baseRequest.isHandled() || server == null || !isApiPath(target) || kernelContextStarted(server, target)) {
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

    /**
     * Whether the context Jetty will give the request to is a CRM context that is up: the one with the longest
     * path that prefixes the target. None, or only the root context, means the CRM's are not there yet; a
     * stopped one is being (re)started by Pax Web (a filter or a resource of it changed), and Jetty would
     * hand the request to the root context's default servlet meanwhile.
     */
    private static boolean kernelContextStarted(Server server, String target) {
        ContextHandler best = null;
        for (Handler handler : server.getChildHandlersByClass(ContextHandler.class)) {
            ContextHandler context = (ContextHandler) handler;
            String path = context.getContextPath();
            if (path != null && (target.equals(path) || target.startsWith(path.endsWith("/") ? path : path + "/"))
                    && (best == null || path.length() > best.getContextPath().length())) {
                best = context;
            }
        }
        return best != null && best.getContextPath().startsWith(CrmRest.BASE_PATH) && best.isStarted() && best.isAvailable();
    }
}
