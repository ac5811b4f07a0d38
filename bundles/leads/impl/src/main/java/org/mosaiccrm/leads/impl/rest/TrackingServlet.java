package org.mosaiccrm.leads.impl.rest;

import java.io.IOException;

import javax.servlet.Servlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.mosaiccrm.leads.api.LeadService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;

/**
 * {@code GET /crm/t/{code}}: a tracked link. Records the click (campaign, affiliate, the referring
 * site, the time; never the visitor's address) and redirects (302) to the link's target. Outside
 * {@code /crm/api}: a plain servlet, public, and short to type in an ad.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern("/crm/t/*")
@HttpWhiteboardServletName("crm-tracked-links")
public class TrackingServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private final transient LeadService leads;

    /**
     * One address clicking one link again within {@link RecentClicks#WINDOW} is redirected without being counted
     * again: a script reloading a link cannot inflate a campaign's figures.
     */
    private final transient RecentClicks recentClicks = new RecentClicks(java.time.Clock.systemUTC());

    @Activate
    public TrackingServlet(@Reference LeadService leads) {
        this.leads = leads;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        String code = path == null ? "" : path.replaceFirst("^/", "");
        response.setHeader("Cache-Control", "no-store"); // every click counts, none is served from a cache
        String visitor = request.getRemoteAddr() + ' ' + code;
        var target = code.isEmpty() || code.contains("/") ? java.util.Optional.<String>empty()
                : recentClicks.recent(visitor).or(() -> leads.click(code, request.getHeader("Referer"))
                        .map(counted -> recentClicks.remember(visitor, counted)));
        if (target.isPresent()) {
            response.sendRedirect(target.get());
            return;
        }
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        response.setContentType("application/problem+json");
        response.getWriter().write("{\"type\":\"https://mosaiccrm.org/problems/not-found\",\"title\":\"Not found\","
                + "\"status\":404,\"detail\":\"No tracked link has this code.\"}");
    }
}
