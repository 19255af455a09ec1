package quebec.maillon.security;

import io.quarkus.security.credential.TokenCredential;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * First of the augmentors: keeps the identity that the OIDC provider built from a verified bearer token (before any
 * other augmentor changes it) in {@link VerifiedTokens}, until the token's expiry.
 */
@ApplicationScoped
public class RememberVerifiedToken implements SecurityIdentityAugmentor {

    @Inject
    VerifiedTokens tokens;

    @Override
    public int priority() {
        return Integer.MAX_VALUE;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (!identity.isAnonymous() && identity.getAttribute(VerifiedTokens.FROM_CACHE) == null
                && identity.getPrincipal() instanceof JsonWebToken jwt && jwt.getExpirationTime() > 0) {
            TokenCredential credential = identity.getCredential(TokenCredential.class);
            if (credential != null && "bearer".equalsIgnoreCase(credential.getType())) {
                tokens.put(credential.getToken(), detached(identity), jwt.getExpirationTime());
            }
        }
        return Uni.createFrom().item(identity);
    }

    /**
     * The identity without the request it was verified in: its routing context attributes hold a placeholder
     * ({@link VerifiedTokens#DETACHED}), so that the cache does not keep that request (and its body) alive for the
     * token's life; each later request puts its own in their place.
     */
    static SecurityIdentity detached(SecurityIdentity identity) {
        QuarkusSecurityIdentity.Builder copy = QuarkusSecurityIdentity.builder(identity);
        for (Map.Entry<String, Object> attribute : identity.getAttributes().entrySet()) {
            if (attribute.getValue() instanceof RoutingContext) {
                copy.addAttribute(attribute.getKey(), VerifiedTokens.DETACHED);
            }
        }
        return copy.build();
    }
}
