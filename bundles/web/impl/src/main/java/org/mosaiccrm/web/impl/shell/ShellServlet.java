package org.mosaiccrm.web.impl.shell;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;

import javax.servlet.Servlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.mosaiccrm.kernel.api.licensing.LicensedFeature;
import org.mosaiccrm.web.impl.WebModule;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;

/**
 * The two pages people open: the desktop at {@code /crm/} and the portal at {@code /crm/portal/}
 * (everything else they show is the REST API and ES modules). Both are one HTML file each; the
 * addresses without the slash redirect to it. Every page is sent with a strict content security
 * policy: scripts only from this server, no inline script, no framing.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern({ "/crm", "/crm/", "/crm/portal", "/crm/portal/" })
@HttpWhiteboardServletName("crm-web-shell")
public class ShellServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** Scripts, styles and data only from this server; nothing inline; the pages never in a frame. */
    static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    private final transient BundleContext bundle;

    @Activate
    public ShellServlet(@Reference(target = WebModule.LICENSED) LicensedFeature license, BundleContext bundle) {
        this.bundle = bundle;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        switch (path) {
            case "/crm", "/crm/portal" -> response.sendRedirect(path + "/");
            case "/crm/" -> page(response, "web/desktop/index.html");
            case "/crm/portal/" -> page(response, "web/portal/index.html");
            default -> response.sendError(404);
        }
    }

    private void page(HttpServletResponse response, String resource) throws IOException {
        URL url = bundle.getBundle().getEntry(resource);
        if (url == null) {
            response.sendError(404);
            return;
        }
        secure(response);
        response.setHeader("Cache-Control", "no-cache");
        response.setContentType("text/html;charset=utf-8");
        try (InputStream in = url.openStream()) {
            in.transferTo(response.getOutputStream());
        }
    }

    static void secure(HttpServletResponse response) {
        response.setHeader("Content-Security-Policy", POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "same-origin");
    }
}
