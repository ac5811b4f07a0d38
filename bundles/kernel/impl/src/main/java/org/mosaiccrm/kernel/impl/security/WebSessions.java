package org.mosaiccrm.kernel.impl.security;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.mosaiccrm.kernel.api.schema.ModuleSchema;
import org.mosaiccrm.kernel.api.security.Caller;
import org.mosaiccrm.kernel.api.security.CrmRoles;
import org.mosaiccrm.kernel.api.security.WebSessionCookie;
import org.mosaiccrm.kernel.impl.schema.KernelSchema;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;

/**
 * Sessions of people logged in through the web, in {@code KERNEL_WEB_SESSION}: in the database rather
 * than in a node's memory, so that a restart or another node knows them, and a logout ends them
 * everywhere. The browser holds a random token in an {@code HttpOnly} cookie; the table holds its
 * SHA-256, the user, the roles at login, and the CSRF token state-changing requests must repeat.
 * A session ends after {@link SecurityConfig#sessionIdleMinutes()} without a request, and after
 * {@link SecurityConfig#sessionMaxHours()} in any case.
 */
@Component(service = WebSessions.class, configurationPid = SecurityConfig.PID)
public class WebSessions {

    public static final String COOKIE = WebSessionCookie.NAME;
    /** The token in a {@code Cookie} header ({@link WebSessionCookie#tokenIn}). */
    public static Optional<String> tokenIn(String cookieHeader) {
        return WebSessionCookie.tokenIn(cookieHeader);
    }

    public static boolean mentionsCookie(String cookieHeader) {
        return WebSessionCookie.mentionedIn(cookieHeader);
    }
    public static final String CSRF_HEADER = "X-CSRF-Token";

    /** Last-seen is written at most this often (or a tenth of the idle time): a request is not a database write. */
    private static final Duration TOUCH_EVERY = Duration.ofSeconds(60);
    /** A user's roles are read again from the realm this often: a deleted user or a removed role ends there. */
    private static final Duration ROLES_KEPT = Duration.ofSeconds(30);

    private static final String TABLE = "KERNEL_WEB_SESSION";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A live session. */
    public record Session(String user, Set<String> roles, String csrfToken, Instant createdAt, Instant lastSeen) {

        public Caller caller() {
            return new Caller(user, roles);
        }
    }

    /** A session just opened, with the token only the browser's cookie keeps. */
    public record Opened(String token, Session session) {
    }

    private final DataSource dataSource;
    private final java.util.function.Function<String, Set<String>> realmRoles;
    private final java.util.Map<String, Roles> roles = new java.util.concurrent.ConcurrentHashMap<>();
    private final Clock clock;
    private volatile Duration idle;
    private volatile Duration max;

    private record Roles(Set<String> names, Instant readAt) {
    }

    @Activate
    public WebSessions(@Reference(target = "(osgi.jndi.service.name=crm)") DataSource dataSource,
                       @Reference(target = KernelSchema.TARGET) ModuleSchema schema,
                       @Reference org.mosaiccrm.kernel.api.security.UserDirectory users, SecurityConfig config) {
        this(dataSource, users::rolesOf, Clock.systemUTC(), config);
    }

    WebSessions(DataSource dataSource, java.util.function.Function<String, Set<String>> realmRoles, Clock clock, SecurityConfig config) {
        this.dataSource = dataSource;
        this.realmRoles = realmRoles;
        this.clock = clock;
        configure(config);
    }

    /** The user's roles in the realm now (kept {@link #ROLES_KEPT}); empty for a user who is gone. */
    private Set<String> currentRoles(String user, Instant now) {
        Roles known = roles.get(user);
        if (known == null || known.readAt().plus(ROLES_KEPT).isBefore(now)) {
            if (roles.size() > 10_000) {
                roles.clear();
            }
            known = new Roles(realmRoles.apply(user), now);
            roles.put(user, known);
        }
        return known.names();
    }

    @Modified
    void configure(SecurityConfig config) {
        idle = Duration.ofMinutes(Math.max(1, config.sessionIdleMinutes()));
        max = Duration.ofHours(Math.max(1, config.sessionMaxHours()));
    }

    public Duration idleTimeout() {
        return idle;
    }

    public Opened open(Caller caller) {
        String token = randomToken();
        Instant now = clock.instant();
        Session session = new Session(caller.name(), caller.roles(), randomToken(), now, now);
        try (Connection connection = dataSource.getConnection()) {
            deleteExpired(connection, now);
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + TABLE
                    + " (TOKEN_HASH, USER_NAME, ROLES, CSRF_TOKEN, CREATED_AT, LAST_SEEN) VALUES (?, ?, ?, ?, ?, ?)")) {
                insert.setString(1, hash(token));
                insert.setString(2, caller.name());
                insert.setString(3, String.join(",", caller.roles()));
                insert.setString(4, session.csrfToken());
                insert.setTimestamp(5, Timestamp.from(now));
                insert.setTimestamp(6, Timestamp.from(now));
                insert.executeUpdate();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot open a web session: " + e.getMessage(), e);
        }
        return new Opened(token, session);
    }

    /** The live session of {@code token}, its last-seen moved on; empty when unknown, idle too long or too old. */
    public Optional<Session> find(String token) {
        if (token == null || token.isEmpty() || token.length() > 128) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        try (Connection connection = dataSource.getConnection()) {
            Session session;
            try (PreparedStatement select = connection.prepareStatement("SELECT USER_NAME, ROLES, CSRF_TOKEN, CREATED_AT, LAST_SEEN FROM "
                    + TABLE + " WHERE TOKEN_HASH = ?")) {
                select.setString(1, hash(token));
                try (ResultSet rs = select.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    session = new Session(rs.getString(1), roles(rs.getString(2)), rs.getString(3),
                            rs.getTimestamp(4).toInstant(), rs.getTimestamp(5).toInstant());
                }
            }
            Set<String> rolesNow = live(session, now) ? currentRoles(session.user(), now) : Set.of();
            if (rolesNow.stream().noneMatch(CrmRoles.ALL::contains)) {
                // idle too long, too old, or the user was deleted or lost every CRM role since the login
                delete(connection, token);
                return Optional.empty();
            }
            session = new Session(session.user(), rolesNow, session.csrfToken(), session.createdAt(), session.lastSeen());
            Duration touchEvery = idle.dividedBy(10).compareTo(TOUCH_EVERY) < 0 ? idle.dividedBy(10) : TOUCH_EVERY;
            if (Duration.between(session.lastSeen(), now).compareTo(touchEvery) > 0) {
                try (PreparedStatement touch = connection.prepareStatement("UPDATE " + TABLE + " SET LAST_SEEN = ? WHERE TOKEN_HASH = ?")) {
                    touch.setTimestamp(1, Timestamp.from(now));
                    touch.setString(2, hash(token));
                    touch.executeUpdate();
                }
            }
            return Optional.of(session);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read web sessions: " + e.getMessage(), e);
        }
    }

    public void close(String token) {
        if (token == null || token.isEmpty() || token.length() > 128) {
            return;
        }
        try (Connection connection = dataSource.getConnection()) {
            delete(connection, token);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot close a web session: " + e.getMessage(), e);
        }
    }

    /** Staff users (not portal customers) who hold a live session: the license's seats in use. */
    public Set<String> staffInUse() {
        Instant now = clock.instant();
        try (Connection connection = dataSource.getConnection()) {
            deleteExpired(connection, now);
            try (PreparedStatement select = connection.prepareStatement("SELECT DISTINCT USER_NAME, ROLES FROM " + TABLE);
                 ResultSet rs = select.executeQuery()) {
                Set<String> users = new java.util.TreeSet<>();
                while (rs.next()) {
                    if (!new Caller(rs.getString(1), roles(rs.getString(2))).isCustomer()) {
                        users.add(rs.getString(1));
                    }
                }
                return users;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read web sessions: " + e.getMessage(), e);
        }
    }

    private boolean live(Session session, Instant now) {
        return now.isBefore(session.lastSeen().plus(idle)) && now.isBefore(session.createdAt().plus(max));
    }

    private void deleteExpired(Connection connection, Instant now) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM " + TABLE
                + " WHERE LAST_SEEN < ? OR CREATED_AT < ?")) {
            delete.setTimestamp(1, Timestamp.from(now.minus(idle)));
            delete.setTimestamp(2, Timestamp.from(now.minus(max)));
            delete.executeUpdate();
        }
    }

    private static void delete(Connection connection, String token) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM " + TABLE + " WHERE TOKEN_HASH = ?")) {
            delete.setString(1, hash(token));
            delete.executeUpdate();
        }
    }

    private static Set<String> roles(String joined) {
        return Arrays.stream(joined.split(",")).map(String::strip).filter(r -> !r.isEmpty()).collect(Collectors.toSet());
    }

    private static String randomToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String token) {
        return WebSessionCookie.fingerprint(token);
    }

    /** Whether {@code user} counts against the seats (staff), given their roles. */
    static boolean isStaff(Caller caller) {
        return caller.roles().stream().anyMatch(CrmRoles.STAFF::contains);
    }
}
