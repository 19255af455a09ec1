package quebec.maillon.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.build.Jwt;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import quebec.maillon.support.Tokens;

/** Only tokens of the realm "maillon", for this API, still valid, get in. Each refusal is a 401 problem. */
@QuarkusTest
class TokenValidationTest {

    private static void assertUnauthorized(String token) {
        var request = given();
        if (token != null) {
            request = request.header("Authorization", "Bearer " + token);
        }
        request.when().get("/api/v1/me")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", startsWith("Bearer"))
                .body("type", equalTo("https://maillon.quebec/problems/unauthorized"))
                .body("status", equalTo(401))
                .body("detail", containsString("token"));
    }

    @Test
    void noTokenIsRefused() {
        assertUnauthorized(null);
    }

    @Test
    void garbageTokenIsRefused() {
        assertUnauthorized("not-a-jwt");
    }

    @Test
    void expiredTokenIsRefused() {
        String token = Tokens.person("marie.tremblay", "Marie Tremblay", "organizer", "CISSS-LAN", List.of("LAN-JOLIETTE"))
                .issuedAt(Instant.now().minusSeconds(3600)).expiresAt(Instant.now().minusSeconds(1800)).sign();
        assertUnauthorized(token);
    }

    @Test
    void tokenSignedByAnotherKeyIsRefused() {
        assertUnauthorized(Tokens.signedByForeignKey(
                Tokens.person("marie.tremblay", "Marie Tremblay", "organizer", "CISSS-LAN", List.of("LAN-JOLIETTE"))));
    }

    @Test
    void tokenOfAnotherRealmIsRefused() {
        String token = Tokens.person("marie.tremblay", "Marie Tremblay", "organizer", "CISSS-LAN", List.of("LAN-JOLIETTE"))
                .issuer("http://localhost:8180/realms/master").sign();
        assertUnauthorized(token);
    }

    @Test
    void tokenForAnotherAudienceIsRefused() {
        String token = Jwt.issuer(Tokens.ISSUER).subject("x").audience("some-other-api").preferredUserName("marie.tremblay")
                .claim("realm_access", Map.of("roles", List.of("organizer"))).claim("establishment", "CISSS-LAN")
                .expiresIn(300).sign();
        assertUnauthorized(token);
    }

    @Test
    void tokenWithoutEstablishmentIsForbidden() {
        String token = Tokens.base("lost.soul").claim("realm_access", Map.of("roles", List.of("organizer"))).sign();
        given().auth().oauth2(token)
                .when().get("/api/v1/me")
                .then().statusCode(403)
                .contentType("application/problem+json")
                .body("detail", containsString("not attached to an establishment"));
    }

    @Test
    void tokenOfAnUnknownEstablishmentIsForbidden() {
        String token = Tokens.person("x.y", "X Y", "organizer", "CISSS-XYZ", List.of()).sign();
        given().auth().oauth2(token)
                .when().get("/api/v1/me")
                .then().statusCode(403)
                .contentType("application/problem+json")
                .body("detail", containsString("CISSS-XYZ"));
    }

    @Test
    void healthAndContractNeedNoToken() {
        given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().when().get("/q/openapi").then().statusCode(200);
    }
}
