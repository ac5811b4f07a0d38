package org.mosaiccrm.kernel.impl.rest;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import javax.servlet.Filter;
import javax.servlet.FilterChain;
import javax.servlet.ServletException;
import javax.servlet.ServletOutputStream;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.WriteListener;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.servlet.http.HttpServletResponseWrapper;

import org.mosaiccrm.kernel.api.CrmRest;

/**
 * While the JAX-RS whiteboard rebuilds the CRM application (a module's resources came or went), CXF
 * answers with an HTML "404 No service was found", or fails with an exception that Jetty would show
 * as an HTML 500 page. For a client that is a transient state, not an error of its request: this
 * filter turns both into a 503 problem with {@code Retry-After}, so a client never receives HTML or
 * a stack trace and knows to try again. (Errors of the CRM's own code never get here: the
 * application's exception mappers answer them inside CXF.) {@link RebuildWindowFilters} puts one in
 * each CRM servlet context.
 */
final class RebuildWindowFilter implements Filter {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(RebuildWindowFilter.class);

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!(response instanceof HttpServletResponse http) || !(request instanceof HttpServletRequest httpRequest)
                || !httpRequest.getRequestURI().startsWith(CrmRest.BASE_PATH + "/")) {
            chain.doFilter(request, response);
            return;
        }
        http.setHeader("X-Content-Type-Options", "nosniff");
        if (asksForWadl(httpRequest.getQueryString())) {
            // CXF would describe every resource to anybody, before authentication: the API's description is
            // /crm/api/openapi.json, for staff
            problem(http, 404, "not-found", "Not Found", "There is nothing at " + httpRequest.getRequestURI() + "?_wadl.",
                    httpRequest);
            return;
        }
        if (badlyEscaped(httpRequest.getQueryString())) {
            // CXF decodes the query before any JAX-RS filter runs, and fails with a 500: it is the client's 400
            problem(http, 400, "validation", "Invalid query string",
                    "The query string is not valid URL encoding: a % must be followed by two hexadecimal digits.", httpRequest);
            return;
        }
        if (unescapedInPath(httpRequest.getRequestURI())) {
            // CXF cannot make a URI of it and fails outside the application, which would look like a rebuild (503)
            problem(http, 400, "validation", "Invalid path",
                    "The path holds a character that must be percent-encoded (a space, \", <, >, [, ], \\, ^, `, {, | or }).", httpRequest);
            return;
        }
        String charset = httpRequest.getCharacterEncoding();
        if (charset != null && !supported(charset)) {
            // CXF fails on it outside the application, which would look like a rebuild: it is the client's 415
            problem(http, 415, "unsupported-media-type", "Unsupported media type", "The character set '"
                    + charset.replaceAll("[^\\w.:-]", "?") + "' of the request body is not one this server reads; send UTF-8.",
                    httpRequest);
            return;
        }
        NotFoundGuard guard = new NotFoundGuard(http);
        try {
            chain.doFilter(request, guard);
        } catch (IOException | ServletException | RuntimeException e) {
            if (http.isCommitted()) {
                throw e;
            }
            LOG.warn("{} {} failed outside the JAX-RS application (being rebuilt?): {}", httpRequest.getMethod(),
                    httpRequest.getRequestURI(), e.toString());
            guard.swallowed = true;
        }
        if (guard.swallowed && !http.isCommitted()) {
            http.reset();
            http.setHeader("X-Content-Type-Options", "nosniff");
            http.setHeader("Retry-After", "1");
            problem(http, 503, "unavailable", "Service unavailable",
                    "The CRM is applying a change (a module was installed, licensed or removed); retry in a second.", httpRequest);
        }
    }

    private static final java.util.regex.Pattern BAD_ESCAPE = java.util.regex.Pattern.compile("%(?![0-9A-Fa-f]{2})");

    /** ASCII a URI may not hold as it is (RFC 3986): Jetty passes it on raw, java.net.URI refuses it. */
    private static final java.util.regex.Pattern UNESCAPED = java.util.regex.Pattern.compile("[\\x00-\\x20\"<>\\[\\]\\\\^`{|}\\x7F]");

    static boolean unescapedInPath(String path) {
        return path != null && UNESCAPED.matcher(path).find();
    }

    static boolean badlyEscaped(String query) {
        return query != null && BAD_ESCAPE.matcher(query).find();
    }

    private static boolean asksForWadl(String query) {
        if (query == null) {
            return false;
        }
        for (String parameter : query.split("&")) {
            String name = parameter.split("=", 2)[0];
            try {
                name = java.net.URLDecoder.decode(name, StandardCharsets.UTF_8);
            } catch (IllegalArgumentException malformed) {
                // left as it is
            }
            if (name.strip().equalsIgnoreCase("_wadl")) {
                return true;
            }
        }
        return false;
    }

    private static boolean supported(String charset) {
        try {
            return java.nio.charset.Charset.isSupported(charset.strip());
        } catch (java.nio.charset.IllegalCharsetNameException e) {
            return false;
        }
    }

    static void problem(HttpServletResponse http, int status, String slug, String title, String detail,
                                HttpServletRequest request) throws IOException {
        http.setStatus(status);
        http.setContentType(CrmRest.PROBLEM_JSON);
        http.setCharacterEncoding(StandardCharsets.UTF_8.name());
        http.getWriter().write("{\"type\":\"https://mosaiccrm.org/problems/" + slug + "\",\"title\":\"" + title + "\","
                + "\"status\":" + status + ",\"detail\":\"" + BadMessageProblems.json(detail) + "\",\"instance\":\""
                + BadMessageProblems.json(request.getRequestURI()) + "\"}");
    }

    /** Swallows CXF's HTML 404 (the only HTML the CRM's REST path ever produces); passes everything else. */
    private static final class NotFoundGuard extends HttpServletResponseWrapper {
        private int status = 200;
        private boolean swallowed;

        NotFoundGuard(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void setStatus(int status) {
            this.status = status;
            super.setStatus(status);
        }

        @Override
        public void setContentType(String type) {
            if (status == 404 && type != null && type.startsWith("text/html")) {
                swallowed = true;
                return;
            }
            super.setContentType(type);
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            return swallowed ? new PrintWriter(Writer.nullWriter()) : super.getWriter();
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            if (!swallowed) {
                return super.getOutputStream();
            }
            return new ServletOutputStream() {
                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setWriteListener(WriteListener listener) {
                }

                @Override
                public void write(int b) {
                }
            };
        }
    }
}
