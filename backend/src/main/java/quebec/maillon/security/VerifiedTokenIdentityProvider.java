package quebec.maillon.security;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;

/**
 * Asked before the OIDC provider for every bearer token: answers with the identity of a token this instance verified
 * earlier and that has not expired ({@link VerifiedTokens}); otherwise nothing, and the OIDC provider verifies it.
 * The identity is rebuilt for this request (the current request's routing context in place of the earlier one).
 */
@ApplicationScoped
public class VerifiedTokenIdentityProvider implements IdentityProvider<TokenAuthenticationRequest> {

    @Inject
    VerifiedTokens tokens;

    @Override
    public Class<TokenAuthenticationRequest> getRequestType() {
        return TokenAuthenticationRequest.class;
    }

    /**
     * Before the OIDC provider, whatever its priority (1001 in Quarkus 3.37, the default of
     * {@link IdentityProvider#priority()}): providers are asked in decreasing priority.
     */
    @Override
    public int priority() {
        return Integer.MAX_VALUE;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TokenAuthenticationRequest request, AuthenticationRequestContext context) {
        SecurityIdentity known = tokens.get(request.getToken().getToken());
        if (known == null) {
            return Uni.createFrom().nullItem();
        }
        QuarkusSecurityIdentity.Builder identity = QuarkusSecurityIdentity.builder(known);
        RoutingContext current = HttpSecurityUtils.getRoutingContextAttribute(request);
        for (Map.Entry<String, Object> attribute : known.getAttributes().entrySet()) {
            // The routing context of the request the token came with, left out when it was remembered.
            if (attribute.getValue() == VerifiedTokens.DETACHED) {
                identity.addAttribute(attribute.getKey(), current);
            }
        }
        identity.addAttribute(VerifiedTokens.FROM_CACHE, Boolean.TRUE);
        return Uni.createFrom().item(identity.build());
    }
}
