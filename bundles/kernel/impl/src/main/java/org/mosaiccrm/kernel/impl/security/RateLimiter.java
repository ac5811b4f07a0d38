package org.mosaiccrm.kernel.impl.security;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Token buckets per key (endpoint and client): {@code requests} tokens refilled evenly over
 * {@code perSeconds}. A full table is cleared rather than grown, so a flood of client addresses
 * cannot exhaust memory; the worst it buys is a fresh allowance.
 */
final class RateLimiter {

    static final int MAX_CLIENTS = 100_000;

    private final Clock clock;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    RateLimiter(Clock clock) {
        this.clock = clock;
    }

    /** Seconds to wait before the next call is allowed; 0 when this call is allowed (and counted). */
    long acquire(String key, int requests, int perSeconds) {
        if (buckets.size() >= MAX_CLIENTS) {
            buckets.clear();
        }
        long now = clock.millis();
        Bucket bucket = buckets.computeIfAbsent(key, k -> new Bucket(requests, now));
        synchronized (bucket) {
            double refillPerMilli = requests / (perSeconds * 1000.0);
            bucket.tokens = Math.min(requests, bucket.tokens + (now - bucket.updated) * refillPerMilli);
            bucket.updated = now;
            if (bucket.tokens >= 1) {
                bucket.tokens -= 1;
                return 0;
            }
            return (long) Math.ceil((1 - bucket.tokens) / refillPerMilli / 1000.0);
        }
    }

    private static final class Bucket {
        double tokens;
        long updated;

        Bucket(double tokens, long updated) {
            this.tokens = tokens;
            this.updated = updated;
        }
    }
}
