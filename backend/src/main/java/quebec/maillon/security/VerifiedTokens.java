package quebec.maillon.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Access tokens already verified by this instance, with the identity they gave, until they expire. A person's web
 * client sends the same token with every request for its whole life (Keycloak: 5–15 minutes); checking its RS256
 * signature and claims again each time cost about a tenth of the API's CPU under the load mix (README, "Load mix").
 *
 * <p>Only a token that the OIDC provider verified (signature, issuer, audience, expiry) is kept, keyed by its exact
 * text: a different string is verified as usual. An entry is never served after the token's expiry ({@code exp}).
 * Nothing is weaker than before: the API never asked Keycloak about a token it could verify with the cached keys
 * (no revocation check), so a token stayed valid until it expired either way. Bounded:
 * {@code maillon.security.token-cache.max-size} entries (expired ones are dropped first, then everything when it is
 * still full); {@code maillon.security.token-cache.enabled=false} turns it off.
 */
@ApplicationScoped
public class VerifiedTokens {

    /** An identity attribute on identities served from here (they are not put back). */
    static final String FROM_CACHE = "maillon.verified-token-cache";

    /** In a remembered identity, in place of the routing context of the request it was verified in. */
    static final Object DETACHED = new Object();

    private record Entry(SecurityIdentity identity, long expiresAtEpochSecond) {
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    @ConfigProperty(name = "maillon.security.token-cache.enabled", defaultValue = "true")
    boolean enabled;

    @ConfigProperty(name = "maillon.security.token-cache.max-size", defaultValue = "20000")
    int maxSize;

    /** The identity of a token verified earlier and not expired, or null. */
    SecurityIdentity get(String token) {
        if (!enabled || token == null) {
            return null;
        }
        Entry e = entries.get(token);
        if (e == null) {
            return null;
        }
        if (e.expiresAtEpochSecond() <= nowEpochSecond()) {
            entries.remove(token, e);
            return null;
        }
        return e.identity();
    }

    /** Remembers a verified token until {@code expiresAtEpochSecond}. */
    void put(String token, SecurityIdentity identity, long expiresAtEpochSecond) {
        if (!enabled || token == null || expiresAtEpochSecond <= nowEpochSecond()) {
            return;
        }
        if (entries.size() >= maxSize) {
            evict();
        }
        entries.put(token, new Entry(identity, expiresAtEpochSecond));
    }

    /** True when {@code token} is held and not expired. */
    boolean holds(String token) {
        return get(token) != null;
    }

    private synchronized void evict() {
        long now = nowEpochSecond();
        for (Iterator<Entry> it = entries.values().iterator(); it.hasNext();) {
            if (it.next().expiresAtEpochSecond() <= now) {
                it.remove();
            }
        }
        if (entries.size() >= maxSize) {
            entries.clear();
        }
    }

    private static long nowEpochSecond() {
        return System.currentTimeMillis() / 1000;
    }
}
