package org.mosaiccrm.kernel.impl.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Slows password guessing down, for every module's application at once (one instance for the CRM): after
 * {@value #PER_USER} failed logins of one user from one address, or {@value #PER_ADDRESS} from one address,
 * within {@link #WINDOW}, that user there (that address) must wait {@link #LOCK} after its last failure, even
 * with the right password. Every failure goes to the security log ({@code data/log/security.log}) with user and address.
 */
@Component(service = LoginThrottle.class)
public class LoginThrottle {

    static final int PER_USER = 5;
    static final int PER_ADDRESS = 50;
    static final Duration WINDOW = Duration.ofMinutes(10);
    static final Duration LOCK = Duration.ofMinutes(1);
    private static final int MAX_TRACKED = 100_000;
    private static final Logger SECURITY = LoggerFactory.getLogger("audit.crm");

    private final Clock clock;
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    @Activate
    public LoginThrottle() {
        this(Clock.systemUTC());
    }

    LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /**
     * Seconds {@code user} from {@code address} must still wait before a login is even tried; 0 when none. The user
     * limit counts per address: a stranger failing on purpose cannot lock a user out everywhere.
     */
    public long secondsToWait(String user, String address) {
        return Math.max(wait(userKey(user, address), PER_USER), wait("address:" + address, PER_ADDRESS));
    }

    private static String userKey(String user, String address) {
        return "user:" + user + '@' + address;
    }

    public void failed(String user, String address) {
        Instant now = clock.instant();
        if (failures.size() > MAX_TRACKED) {
            prune(now);
        }
        int forUser = record(userKey(user, address), now);
        int fromAddress = record("address:" + address, now);
        SECURITY.warn("CRM login refused for user '{}' from {} ({} failures of this user, {} from this address in {} min)",
                TextRules.printable(user), address, forUser, fromAddress, WINDOW.toMinutes());
    }

    public void succeeded(String user, String address) {
        failures.remove(userKey(user, address));
    }

    /** Drops what is older than the window, never a live lock (a flood of new names must not reset the locks). */
    private void prune(Instant now) {
        failures.entrySet().removeIf(entry -> {
            synchronized (entry.getValue()) {
                forget(entry.getValue(), now);
                return entry.getValue().isEmpty();
            }
        });
    }

    private int record(String key, Instant now) {
        Deque<Instant> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (times) {
            times.addLast(now);
            forget(times, now);
            return times.size();
        }
    }

    private long wait(String key, int allowed) {
        Deque<Instant> times = failures.get(key);
        if (times == null) {
            return 0;
        }
        Instant now = clock.instant();
        synchronized (times) {
            forget(times, now);
            if (times.size() < allowed) {
                return 0;
            }
            Duration left = Duration.between(now, times.getLast().plus(LOCK));
            return left.isNegative() || left.isZero() ? 0 : Math.max(1, (left.toMillis() + 999) / 1000);
        }
    }

    private void forget(Deque<Instant> times, Instant now) {
        while (!times.isEmpty() && times.getFirst().isBefore(now.minus(WINDOW))) {
            times.removeFirst();
        }
    }
}
