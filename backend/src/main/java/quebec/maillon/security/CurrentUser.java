package quebec.maillon.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;
import quebec.maillon.common.ProblemException;

/**
 * The caller of the current request, read from the verified access token: who, which roles, which
 * establishment and which territories. Establishment scoping of every query starts here.
 */
@RequestScoped
public class CurrentUser {

    public static final String ESTABLISHMENT_CLAIM = "establishment";
    public static final String TERRITORIES_CLAIM = "territories";

    @Inject
    SecurityIdentity identity;

    @Inject
    JsonWebToken token;

    /** The caller as the author of a change (audit trail, transitions). */
    public quebec.maillon.common.Actor actor() {
        return new quebec.maillon.common.Actor(subject(), name(), clientId());
    }

    /** The token's subject: stable identifier of the person or system. */
    public String subject() {
        return token.getSubject();
    }

    public String username() {
        String username = token.getClaim("preferred_username");
        return username != null ? username : identity.getPrincipal().getName();
    }

    public String name() {
        String name = token.getClaim("name");
        if (name == null || name.isBlank()) {
            String clientId = clientId();
            return clientId != null && isServiceAccount() ? clientId : username();
        }
        return name;
    }

    public String email() {
        return token.getClaim("email");
    }

    /** The OAuth client the token was issued to ("azp"). */
    public String clientId() {
        return token.getClaim("azp");
    }

    /** True for machine clients (client credentials): their username is Keycloak's service-account-… name. */
    public boolean isServiceAccount() {
        String username = token.getClaim("preferred_username");
        return username != null && username.startsWith("service-account-");
    }

    /** Maillon's roles held by the caller, in a stable order. */
    public List<String> roles() {
        Set<String> held = identity.getRoles();
        return Roles.ALL.stream().filter(held::contains).toList();
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    /** The establishment code of the caller; 403 when the token carries none. */
    public String establishment() {
        String code = token.getClaim(ESTABLISHMENT_CLAIM);
        if (code == null || code.isBlank()) {
            throw ProblemException.forbidden(
                    "Your account is not attached to an establishment; ask your administrator to set it.");
        }
        return code;
    }

    /** Territory codes the caller belongs to (may be empty: e.g. a machine client). */
    public List<String> territories() {
        Object claim = token.getClaim(TERRITORIES_CLAIM);
        if (claim instanceof Collection<?> values) {
            return values.stream().map(v -> v.toString().replace("\"", "")).toList();
        }
        if (claim instanceof jakarta.json.JsonArray array) {
            return array.getValuesAs(jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList();
        }
        if (claim != null) {
            return List.of(claim.toString().replace("\"", ""));
        }
        return List.of();
    }

    /** "fr" or "en" from the token's locale claim; French unless the person chose English. */
    public String preferredLanguage() {
        String locale = token.getClaim("locale");
        if (locale != null && locale.toLowerCase(Locale.ROOT).startsWith("en")) {
            return "en";
        }
        return "fr";
    }
}
