package quebec.maillon.support;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * Real signed access tokens shaped like those of the Keycloak realm "maillon" (issuer, audience, realm roles,
 * establishment and territories claims). The API verifies them with the test public key; nothing in the
 * security layer is disabled or mocked.
 */
public final class Tokens {

    public static final String ISSUER = "http://localhost:8180/realms/maillon";
    public static final String AUDIENCE = "maillon-api";
    public static final List<String> LAN_TERRITORIES = List.of("LAN-DAUTRAY", "LAN-JOLIETTE", "LAN-MATAWINIE",
            "LAN-MONTCALM", "LAN-LASSOMPTION", "LAN-MOULINS");

    private Tokens() {
    }

    /** Marie Tremblay: organizer of CISSS de Lanaudière (Joliette, Matawinie). */
    public static String marie() {
        return person("marie.tremblay", "Marie Tremblay", "organizer", "CISSS-LAN", List.of("LAN-JOLIETTE", "LAN-MATAWINIE")).sign();
    }

    /** Sophie Lavoie: manager of CISSS de Lanaudière. */
    public static String sophie() {
        return person("sophie.lavoie", "Sophie Lavoie", "manager", "CISSS-LAN", LAN_TERRITORIES).sign();
    }

    /** Amélie Roy: organizer of CIUSSS du Nord-de-l'Île-de-Montréal. */
    public static String amelie() {
        return person("amelie.roy", "Amélie Roy", "organizer", "CIUSSS-NIM", List.of("NIM-AMN", "NIM-PPV")).sign();
    }

    public static String forRole(String role, String establishment) {
        List<String> territories = establishment.equals("CISSS-LAN") ? LAN_TERRITORIES : List.of("NIM-AMN");
        return person("test." + role, "Test " + role, role, establishment, territories).sign();
    }

    /** A machine client (client credentials) of an establishment. */
    public static String client(String clientId, String role, String establishment) {
        return base("service-account-" + clientId)
                .claim("azp", clientId)
                .claim("realm_access", Map.of("roles", List.of(role)))
                .claim("establishment", establishment)
                .sign();
    }

    public static JwtClaimsBuilder person(String username, String name, String role, String establishment,
            List<String> territories) {
        String[] parts = name.split(" ", 2);
        return base(username)
                .claim("azp", "maillon-web")
                .claim("name", name)
                .claim("given_name", parts[0])
                .claim("family_name", parts.length > 1 ? parts[1] : "")
                .claim("email", username + "@demo.maillon.quebec")
                .claim("locale", "fr")
                .claim("realm_access", Map.of("roles", List.of(role)))
                .claim("establishment", establishment)
                .claim("territories", territories);
    }

    public static JwtClaimsBuilder base(String username) {
        return Jwt.issuer(ISSUER)
                .subject(java.util.UUID.nameUUIDFromBytes(username.getBytes(StandardCharsets.UTF_8)).toString())
                .audience(AUDIENCE)
                .preferredUserName(username)
                .claim("typ", "Bearer")
                .expiresIn(300);
    }

    /** Signed by a key the API does not trust (as a token of another realm or server would be). */
    public static String signedByForeignKey(JwtClaimsBuilder claims) {
        return claims.sign(readKey("foreign-signing-key.pem"));
    }

    private static PrivateKey readKey(String resource) {
        try (InputStream in = Tokens.class.getClassLoader().getResourceAsStream(resource)) {
            String pem = new String(in.readAllBytes(), StandardCharsets.US_ASCII)
                    .replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
        } catch (IOException | java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
