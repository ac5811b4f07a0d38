package org.mosaiccrm.kernel.impl.rest;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.handler.AbstractHandler;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.mosaiccrm.kernel.api.CrmRest;
import org.osgi.framework.Constants;
import org.osgi.service.component.annotations.Component;

/**
 * A request Jetty refuses before any servlet sees it (a URI over 8 KiB: 414, headers too large: 431, a
 * malformed request line: 400) is answered by Jetty's error handler with an HTML page. This handler, put
 * into the server by Pax Web like {@link ModuleRootHandler}, swaps in an error handler that answers those
 * with a problem document, and puts the previous one back when the kernel stops. It handles no request.
 */
@Component(service = Handler.class, property = Constants.SERVICE_RANKING + ":Integer=1")
public class BadMessageProblems extends AbstractHandler {

    private ErrorHandler previous;

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        Server server = getServer();
        if (server != null && !(server.getErrorHandler() instanceof ProblemErrorHandler)) {
            previous = server.getErrorHandler();
            ProblemErrorHandler problems = new ProblemErrorHandler();
            problems.setServer(server);
            server.setErrorHandler(problems);
        }
    }

    @Override
    protected void doStop() throws Exception {
        Server server = getServer();
        if (server != null && server.getErrorHandler() instanceof ProblemErrorHandler && previous != null) {
            server.setErrorHandler(previous);
        }
        super.doStop();
    }

    @Override
    public void handle(String target, Request baseRequest, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        // nothing: this handler exists to reach the server
    }

    /** Jetty's error handler, except that a refused request gets problem+json instead of HTML. */
    static final class ProblemErrorHandler extends ErrorHandler {

        @Override
        public ByteBuffer badMessageError(int status, String reason, HttpFields fields) {
            fields.put(HttpHeader.CONTENT_TYPE, CrmRest.PROBLEM_JSON);
            String title = HttpStatus.getMessage(status);
            String detail = switch (status) {
                case 414 -> "The request's URI is longer than this server accepts (8 KiB): send long values in a body.";
                case 431 -> "The request's headers are larger than this server accepts.";
                default -> "The request cannot be read: " + (reason == null ? title : reason) + ".";
            };
            return ByteBuffer.wrap(("{\"type\":\"https://mosaiccrm.org/problems/bad-request\",\"title\":\"" + json(title)
                    + "\",\"status\":" + status + ",\"detail\":\"" + json(detail) + "\"}").getBytes(StandardCharsets.UTF_8));
        }

    }

    /** {@code text} as the inside of a JSON string: problems written by hand, outside any JSON library. */
    static String json(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"").replaceAll("[\\x00-\\x1f]", " ");
    }
}
