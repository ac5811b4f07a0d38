package org.mosaiccrm.kernel.impl.security;

import java.time.Duration;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import javax.annotation.security.PermitAll;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.Consumes;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.mosaiccrm.kernel.api.CrmRest;
import org.mosaiccrm.kernel.api.licensing.LicenseService;
import org.mosaiccrm.kernel.api.problem.ValidationException;
import org.mosaiccrm.kernel.api.security.Caller;
import org.mosaiccrm.kernel.api.security.RateLimit;
import org.mosaiccrm.kernel.impl.rest.problem.ProblemResponses;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * {@code /crm/api/session}: logging in and out through the web. {@code POST} with the user's name and
 * password opens a session (an {@code HttpOnly}, {@code SameSite=Strict} cookie, {@code Secure} over
 * TLS) and answers the CSRF token that state-changing requests repeat in {@code X-CSRF-Token};
 * {@code GET} tells the page who is logged in ({@code loggedIn: false} when nobody); {@code DELETE} logs out. A wrong
 * password answers 401 without a {@code WWW-Authenticate} challenge, so a browser never shows its
 * Basic prompt. With a license that counts seats, a staff user beyond them is refused (403) while
 * those already in keep working.
 */
@Component(service = SessionResource.class, configurationPid = SecurityConfig.PID)
@JaxrsResource
@JaxrsApplicationSelect(CrmRest.APPLICATION_SELECT)
@Path("session")
@Produces(MediaType.APPLICATION_JSON)
public class SessionResource {

    /** The login form's body. */
    public record Login(String user, String password) {
    }

    @Context
    HttpServletRequest http;

    private final WebSessions sessions;
    private final LoginThrottle throttle;
    private final LicenseService licensing;
    private final JaasAuthenticator authenticator;
    private final org.osgi.service.event.EventAdmin events;

    @Activate
    public SessionResource(@Reference WebSessions sessions, @Reference LoginThrottle throttle,
                           @Reference LicenseService licensing, @Reference org.osgi.service.event.EventAdmin events, SecurityConfig config) {
        this.sessions = sessions;
        this.events = events;
        this.throttle = throttle;
        this.licensing = licensing;
        this.authenticator = new JaasAuthenticator(config.realm(), Duration.ZERO, Clock.systemUTC());
    }

    @POST
    @PermitAll
    @RateLimit(requests = 30, perSeconds = 60)
    @Consumes(MediaType.APPLICATION_JSON)
    public Response login(Login login, @HeaderParam(HttpHeaders.COOKIE) String cookies) {
        if (login == null || login.user() == null || login.user().isBlank()) {
            throw new ValidationException("user", "enter your user name");
        }
        if (login.user().length() > 128) {
            throw new ValidationException("user", "a user name has at most 128 characters");
        }
        if (login.password() == null || login.password().isEmpty()) {
            throw new ValidationException("password", "enter your password");
        }
        String address = http.getRemoteAddr();
        long wait = throttle.secondsToWait(login.user(), address);
        if (wait > 0) {
            return Response.fromResponse(ProblemResponses.of(429, "too-many-logins", "Too many failed logins",
                    "Too many wrong passwords for this user or from this address: try again in " + wait + " s.", null))
                    .header(HttpHeaders.RETRY_AFTER, wait).build();
        }
        Optional<Caller> caller = authenticator.login(login.user(), login.password());
        if (caller.isEmpty()) {
            throttle.failed(login.user(), address);
            return ProblemResponses.of(401, "unauthorized", "Wrong user name or password",
                    "The user name or the password is wrong.", null);
        }
        throttle.succeeded(login.user(), address);
        if (caller.get().roles().stream().noneMatch(org.mosaiccrm.kernel.api.security.CrmRoles.ALL::contains)) {
            // the same answer as a wrong password: a console account's password is not confirmed here
            return ProblemResponses.of(401, "unauthorized", "Wrong user name or password",
                    "The user name or the password is wrong.", null);
        }
        Response seatsFull = seatsFull(caller.get());
        if (seatsFull != null) {
            return seatsFull;
        }
        // a login over a live session ends it: one browser, one session (and one seat)
        WebSessions.tokenIn(cookies).ifPresent(sessions::close);
        WebSessions.Opened opened = sessions.open(caller.get());
        return Response.status(201).entity(describe(opened.session()))
                .header(HttpHeaders.SET_COOKIE, cookie(opened.token(), -1)).build();
    }

    /** Who this browser is logged in as: {@code loggedIn} false (not an error: the page then shows its login form). */
    @GET
    @PermitAll
    public Map<String, Object> current(@HeaderParam(HttpHeaders.COOKIE) String cookies) {
        return WebSessions.tokenIn(cookies).flatMap(sessions::find).map(this::describe).orElseGet(() -> Map.of("loggedIn", false));
    }

    @DELETE
    @PermitAll
    public Response logout(@HeaderParam(HttpHeaders.COOKIE) String cookies, @HeaderParam(WebSessions.CSRF_HEADER) String csrf) {
        Optional<String> token = WebSessions.tokenIn(cookies);
        Optional<WebSessions.Session> session = token.flatMap(sessions::find);
        if (session.isPresent() && !session.get().csrfToken().equals(csrf)) {
            // another site must not log the user out either
            return ProblemResponses.of(403, "csrf", "Missing CSRF token", "Logging out needs the session's token in the "
                    + WebSessions.CSRF_HEADER + " header: reload the page.", null);
        }
        token.ifPresent(sessions::close);
        session.ifPresent(ended -> events.postEvent(new org.osgi.service.event.Event(org.mosaiccrm.kernel.api.security.WebSessionEvents.ENDED,
                Map.of(org.mosaiccrm.kernel.api.security.WebSessionEvents.SESSION, org.mosaiccrm.kernel.api.security.WebSessionCookie.fingerprint(token.get()),
                        org.mosaiccrm.kernel.api.security.WebSessionEvents.USER, ended.user()))));
        return Response.noContent().header(HttpHeaders.SET_COOKIE, cookie("", 0)).build();
    }

    /** The license's seats and the staff users holding them (the admin page). */
    @GET
    @Path("seats")
    @javax.annotation.security.RolesAllowed({ org.mosaiccrm.kernel.api.security.CrmRoles.ADMIN, org.mosaiccrm.kernel.api.security.CrmRoles.MANAGER })
    public Map<String, Object> seats() {
        Map<String, Object> body = new TreeMap<>();
        body.put("allowed", licensing.status().seats());
        body.put("inUse", sessions.staffInUse());
        return body;
    }

    private Response seatsFull(Caller caller) {
        Integer seats = licensing.status().seats();
        if (seats == null || caller.isCustomer()) {
            return null;
        }
        Set<String> inUse = sessions.staffInUse();
        if (inUse.contains(caller.name()) || inUse.size() < seats) {
            return null;
        }
        return ProblemResponses.of(403, "seats-full", "All seats are in use",
                "The license allows " + seats + " staff users at a time and all are logged in; ask one to log out, "
                        + "or your administrator for more seats.", null);
    }

    private Map<String, Object> describe(WebSessions.Session session) {
        Map<String, Object> body = new TreeMap<>();
        body.put("loggedIn", true);
        body.put("user", session.user());
        body.put("roles", new TreeSet<>(session.roles()));
        body.put("customer", session.caller().isCustomer());
        body.put("csrfToken", session.csrfToken());
        body.put("idleTimeoutSeconds", sessions.idleTimeout().toSeconds());
        return body;
    }

    private String cookie(String value, int maxAge) {
        boolean secure = http.isSecure() || "https".equalsIgnoreCase(http.getHeader("X-Forwarded-Proto"));
        return WebSessions.COOKIE + "=" + value + "; Path=/crm; HttpOnly; SameSite=Strict" + (secure ? "; Secure" : "")
                + (maxAge >= 0 ? "; Max-Age=" + maxAge : "");
    }
}
