package org.mosaiccrm.kernel.impl.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import javax.security.auth.Subject;
import javax.security.auth.callback.NameCallback;
import javax.security.auth.callback.PasswordCallback;
import javax.security.auth.callback.UnsupportedCallbackException;
import javax.security.auth.login.LoginContext;
import javax.security.auth.login.LoginException;

import org.mosaiccrm.kernel.api.security.Caller;

/**
 * Checks user name and password against a Karaf JAAS realm. A successful login is remembered for a
 * short time (keyed by a hash of the credentials, never the password itself), so that a client
 * sending Basic credentials on every request does not pay a full JAAS login each time; a password
 * changed in the realm takes effect within that time.
 */
final class JaasAuthenticator {

    private static final int MAX_REMEMBERED = 10_000;

    private final String realm;
    private final Duration remember;
    private final Clock clock;
    private final Map<String, Remembered> logins = new ConcurrentHashMap<>();

    private record Remembered(Caller caller, Instant until) {
    }

    JaasAuthenticator(String realm, Duration remember, Clock clock) {
        this.realm = realm;
        this.remember = remember;
        this.clock = clock;
    }

    /** The caller, or empty when the realm refuses the credentials. */
    Optional<Caller> login(String user, String password) {
        String key = key(user, password);
        Remembered known = logins.get(key);
        Instant now = clock.instant();
        if (known != null && now.isBefore(known.until())) {
            return Optional.of(known.caller());
        }
        Optional<Caller> caller = jaasLogin(user, password);
        if (caller.isPresent()) {
            if (logins.size() >= MAX_REMEMBERED) {
                logins.clear();
            }
            logins.put(key, new Remembered(caller.get(), now.plus(remember)));
        } else {
            logins.remove(key);
        }
        return caller;
    }

    private Optional<Caller> jaasLogin(String user, String password) {
        Subject subject = new Subject();
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        // JAAS looks the login modules up through the context class loader; Karaf's are reachable from ours
        Thread.currentThread().setContextClassLoader(JaasAuthenticator.class.getClassLoader());
        try {
            LoginContext context = new LoginContext(realm, subject, callbacks -> {
                for (var callback : callbacks) {
                    if (callback instanceof NameCallback name) {
                        name.setName(user);
                    } else if (callback instanceof PasswordCallback secret) {
                        secret.setPassword(password.toCharArray());
                    } else {
                        throw new UnsupportedCallbackException(callback);
                    }
                }
            });
            context.login();
            return CurrentCaller.fromSubject(subject).or(() -> Optional.of(new Caller(user, java.util.Set.of())));
        } catch (LoginException refused) {
            return Optional.empty();
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
    }

    private static String key(String user, String password) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest((user + '\0' + password).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
