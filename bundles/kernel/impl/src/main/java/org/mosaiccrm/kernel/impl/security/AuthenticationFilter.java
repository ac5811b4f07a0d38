package org.mosaiccrm.kernel.impl.security;

import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.TreeSet;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import javax.annotation.Priority;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.Priorities;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.ContainerResponseContext;
import javax.ws.rs.container.ContainerResponseFilter;
import javax.ws.rs.container.ResourceInfo;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import org.mosaiccrm.kernel.api.CrmRest;
import org.mosaiccrm.kernel.api.security.Caller;
import org.mosaiccrm.kernel.api.security.RateLimit;
import org.mosaiccrm.kernel.impl.rest.problem.ProblemResponses;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ServiceScope;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;
import org.osgi.service.metatype.annotations.Designate;

/**
 * HTTP Basic authentication against the Karaf JAAS realm, or a web session ({@link WebSessions}, with
 * its CSRF token on every change), and the roles each resource method
 * declares ({@link Access}), for every module at once. Every CRM application requires this filter,
 * so no endpoint is ever served without it.
 * <p>
 * Prototype scope, like every kernel extension that has {@code @Context} fields: each application
 * gets an instance of its own, since CXF injects its per-request proxies into the instance. The rate
 * limits and remembered logins are therefore per application (a module's limits start afresh when
 * the module is reinstalled).
 */
@Component(service = { ContainerRequestFilter.class, ContainerResponseFilter.class },
        configurationPid = SecurityConfig.PID, scope = ServiceScope.PROTOTYPE)
@Designate(ocd = SecurityConfig.class)
@JaxrsExtension
@JaxrsName(CrmRest.SECURITY_EXTENSION)
@JaxrsApplicationSelect(CrmRest.ALL_APPLICATIONS_SELECT)
@Priority(Priorities.AUTHENTICATION)
public class AuthenticationFilter implements ContainerRequestFilter, ContainerResponseFilter {

    static final String CHALLENGE = "Basic realm=\"Mosaic CRM\", charset=\"UTF-8\"";

    private static final java.util.Set<String> SAFE_METHODS = java.util.Set.of("GET", "HEAD", "OPTIONS");

    @Context
    ResourceInfo resource;

    @Context
    HttpServletRequest http;

    private final List<Pattern> localOnlyUsers;
    private final RateLimiter rateLimiter = new RateLimiter(Clock.systemUTC());

    private final CurrentCaller current;
    private final JaasAuthenticator authenticator;

    private final LoginThrottle throttle;

    /** Optional: without the database there are no web sessions, and Basic authentication (and health) still work. */
    @Reference(cardinality = org.osgi.service.component.annotations.ReferenceCardinality.OPTIONAL,
            policy = org.osgi.service.component.annotations.ReferencePolicy.DYNAMIC)
    volatile WebSessions sessions;

    @Activate
    public AuthenticationFilter(@Reference CurrentCaller current, @Reference LoginThrottle throttle, SecurityConfig config) {
        this.current = current;
        this.throttle = throttle;
        this.authenticator = new JaasAuthenticator(config.realm(), Duration.ofSeconds(config.rememberLoginSeconds()),
                Clock.systemUTC());
        this.localOnlyUsers = Arrays.stream(config.localOnlyUsers()).map(String::trim).filter(g -> !g.isEmpty())
                .map(AuthenticationFilter::glob).toList();
    }

    @Override
    public void filter(ContainerRequestContext request) {
        current.clear();
        if (resource.getResourceMethod() == null) {
            return; // nothing matched: the runtime answers 404/405
        }
        Access access = Access.of(resource.getResourceClass(), resource.getResourceMethod());
        RateLimit limit = rateLimit();
        if (limit != null) {
            // one bucket per resource path, not per Java method: the web form's JSON and form-encoded methods
            // share one limit (they were 20 + 20 a minute)
            javax.ws.rs.Path path = resource.getResourceMethod().getAnnotation(javax.ws.rs.Path.class);
            String bucket = resource.getResourceClass().getName() + '/' + (path == null ? "" : path.value());
            long wait = rateLimiter.acquire(bucket + '@' + http.getRemoteAddr(),
                    limit.requests(), limit.perSeconds());
            if (wait > 0) {
                request.abortWith(Response.fromResponse(ProblemResponses.of(429, "too-many-requests", "Too many requests",
                        "Slow down: try again in " + wait + " s.", null)).header(HttpHeaders.RETRY_AFTER, wait).build());
                return;
            }
        }
        Optional<String[]> credentials = credentials(request).filter(c -> mayLogInFromHere(c[0]));
        if (credentials.isPresent()) {
            long wait = throttle.secondsToWait(credentials.get()[0], http.getRemoteAddr());
            if (wait > 0) {
                // even the right password waits: otherwise guessing only has to be patient
                request.abortWith(Response.fromResponse(ProblemResponses.of(429, "too-many-logins", "Too many failed logins",
                        "Too many wrong passwords for this user or from this address: try again in " + wait + " s.", null))
                        .header(HttpHeaders.RETRY_AFTER, wait).build());
                return;
            }
        }
        Optional<Caller> caller = credentials.flatMap(c -> authenticator.login(c[0], c[1]));
        if (credentials.isPresent()) {
            if (caller.isPresent()) {
                throttle.succeeded(credentials.get()[0], http.getRemoteAddr());
            } else {
                throttle.failed(credentials.get()[0], http.getRemoteAddr());
            }
        }
        // read by hand: CXF's cookie parser fails the whole request on a malformed neighbour cookie
        String cookies = request.getHeaderString(HttpHeaders.COOKIE);
        boolean cookie = WebSessions.mentionsCookie(cookies);
        WebSessions store = sessions;
        Optional<WebSessions.Session> session = credentials.isEmpty() && store != null
                ? WebSessions.tokenIn(cookies).flatMap(store::find) : Optional.empty();
        if (session.isPresent()) {
            caller = Optional.of(session.get().caller());
        }
        if (access.open()) {
            caller.ifPresent(c -> enter(request, c));
            return;
        }
        if (caller.isEmpty()) {
            Response.ResponseBuilder refused = Response.fromResponse(ProblemResponses.of(401, "unauthorized", "Unauthorized",
                    cookie ? "Your session has ended: log in again."
                            : "This endpoint needs HTTP Basic credentials of a CRM user, or a web session.", null));
            // a page's script (a session cookie, or X-Requested-With) must not make the browser show its Basic prompt
            if (!cookie && request.getHeaderString("X-Requested-With") == null) {
                refused.header(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE);
            }
            request.abortWith(refused.build());
            return;
        }
        if (session.isPresent() && !SAFE_METHODS.contains(request.getMethod())
                && !session.get().csrfToken().equals(request.getHeaderString(WebSessions.CSRF_HEADER))) {
            // the cookie goes with every request the browser makes; only the page knows the token
            request.abortWith(ProblemResponses.of(403, "csrf", "Missing CSRF token", "A change made with a web session "
                    + "must carry the session's token in the " + WebSessions.CSRF_HEADER + " header: reload the page.", null));
            return;
        }
        if (!caller.get().hasAnyRole(access.roles())) {
            request.abortWith(ProblemResponses.of(403, "forbidden", "Forbidden", "User '" + caller.get().name()
                    + "' needs one of the roles " + new TreeSet<>(access.roles()) + " for this.", null));
            return;
        }
        enter(request, caller.get());
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        current.clear();
    }

    private void enter(ContainerRequestContext request, Caller caller) {
        current.set(caller);
        boolean secure = request.getSecurityContext() != null && request.getSecurityContext().isSecure();
        request.setSecurityContext(new SecurityContext() {
            @Override
            public Principal getUserPrincipal() {
                return caller::name;
            }

            @Override
            public boolean isUserInRole(String role) {
                return caller.hasRole(role);
            }

            @Override
            public boolean isSecure() {
                return secure;
            }

            @Override
            public String getAuthenticationScheme() {
                return SecurityContext.BASIC_AUTH;
            }
        });
    }

    private RateLimit rateLimit() {
        RateLimit limit = resource.getResourceMethod().getAnnotation(RateLimit.class);
        return limit != null ? limit : resource.getResourceClass().getAnnotation(RateLimit.class);
    }

    /** Demo users, whose passwords are public, only from this machine. */
    private boolean mayLogInFromHere(String user) {
        if (localOnlyUsers.stream().noneMatch(p -> p.matcher(user).matches())) {
            return true;
        }
        try {
            return InetAddress.getByName(http.getRemoteAddr()).isLoopbackAddress();
        } catch (UnknownHostException | RuntimeException e) {
            return false;
        }
    }

    private static Pattern glob(String glob) {
        return Pattern.compile(Arrays.stream(glob.split("\\*", -1)).map(Pattern::quote)
                .reduce((a, b) -> a + ".*" + b).orElse(""));
    }

    /** {@code [user, password]} from a well-formed Basic header. */
    private static Optional<String[]> credentials(ContainerRequestContext request) {
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon <= 0 ? Optional.empty()
                    : Optional.of(new String[] { decoded.substring(0, colon), decoded.substring(colon + 1) });
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
    }
}
