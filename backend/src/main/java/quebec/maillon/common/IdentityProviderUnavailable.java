package quebec.maillon.common;

import io.quarkus.oidc.OIDCException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Keycloak unreachable while the API has not loaded the realm's keys yet → 503, never 500.
 *
 * <p>Once the API has the keys (fetched at start-up), tokens are checked locally and Keycloak being down changes
 * nothing. But an API that starts while Keycloak is down has no keys: quarkus-oidc tries again at each request and
 * fails with {@link OIDCException} until Keycloak answers; then it loads them and goes on by itself.
 */
public class IdentityProviderUnavailable {

    private static final Logger LOG = Logger.getLogger(IdentityProviderUnavailable.class);

    /** Seconds a client should wait before retrying. */
    public static final int RETRY_AFTER_SECONDS = 10;

    @ServerExceptionMapper
    public Response map(OIDCException e, UriInfo uri) {
        String path = uri == null ? null : "/" + uri.getPath().replaceFirst("^/", "");
        LOG.warnf("Identity provider unavailable on %s: %s", path, e.getMessage());
        return Response.fromResponse(Problems.response(503, "identity-provider-unavailable", "Service Unavailable",
                "The sign-in service (Keycloak) is unreachable, so the API cannot check tokens yet. Nothing was read or "
                        + "written; retry in a few seconds.",
                path, null)).header("Retry-After", RETRY_AFTER_SECONDS).build();
    }
}
