package quebec.maillon.common;

import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Per-client rate limit: a token bucket per bearer token (a client's tokens are its identity here; a forged token
 * only drains its own bucket), or per address for requests without a token. Over the limit: 429 with
 * Retry-After. Limits are per API instance.
 */
@Singleton
public class RateLimiter {

    @ConfigProperty(name = "maillon.rate-limit.enabled", defaultValue = "true")
    boolean enabled;

    @ConfigProperty(name = "maillon.rate-limit.per-second", defaultValue = "50")
    double perSecond;

    @ConfigProperty(name = "maillon.rate-limit.burst", defaultValue = "200")
    double burst;

    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    private static final class Bucket {
        double tokens;
        long refilledAt;
        long lastUsed;

        Bucket(double tokens, long now) {
            this.tokens = tokens;
            this.refilledAt = now;
            this.lastUsed = now;
        }
    }

    /** Takes one request from the caller's bucket; returns 0 when allowed, else the seconds to wait. */
    public long acquire(String authorization, String address) {
        if (!enabled) {
            return 0;
        }
        String key = authorization != null ? hash(authorization) : "addr:" + address;
        long now = System.nanoTime();
        if (buckets.size() > 100_000) {
            buckets.entrySet().removeIf(e -> now - e.getValue().lastUsed > 60_000_000_000L);
        }
        Bucket bucket = buckets.computeIfAbsent(key, k -> new Bucket(burst, now));
        synchronized (bucket) {
            double elapsed = (now - bucket.refilledAt) / 1e9;
            bucket.tokens = Math.min(burst, bucket.tokens + elapsed * perSecond);
            bucket.refilledAt = now;
            bucket.lastUsed = now;
            if (bucket.tokens >= 1) {
                bucket.tokens -= 1;
                return 0;
            }
            return Math.max(1, (long) Math.ceil((1 - bucket.tokens) / perSecond));
        }
    }

    private static String hash(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
