package quebec.maillon.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.build.Jwt;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import quebec.maillon.support.Tokens;

/** Only tokens of the realm "maillon", for this API, still valid, get in. Each refusal is a 401 problem. */
@QuarkusTest
class TokenValidationTest {

    @Inject
    VerifiedTokens verified;

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
        org.junit.jupiter.api.Assertions.assertFalse(verified.holds(token), "a refused token is never remembered");
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

    /**
     * A verified token is remembered (VerifiedTokens) but never past its expiry: the same token, accepted a moment
     * ago, is refused once expired, with the same problem as any expired token.
     */
    @Test
    void aRememberedTokenIsRefusedOnceExpired() throws InterruptedException {
        // The API warmed up first: the token's few seconds of life are spent on the checks below, not on a first request.
        given().auth().oauth2(Tokens.marie()).when().get("/api/v1/me").then().statusCode(200);
        Instant expiry = Instant.ofEpochSecond(Instant.now().getEpochSecond() + 6);
        String token = Tokens.person("marie.tremblay", "Marie Tremblay", "organizer", "CISSS-LAN", List.of("LAN-JOLIETTE"))
                .expiresAt(expiry).sign();
        for (int i = 0; i < 3; i++) {
            given().auth().oauth2(token).when().get("/api/v1/me").then().statusCode(200)
                    .body("username", equalTo("marie.tremblay"));
        }
        org.junit.jupiter.api.Assertions.assertTrue(verified.holds(token), "a verified token is remembered");
        Thread.sleep(Math.max(0, expiry.toEpochMilli() - System.currentTimeMillis()) + 1100);
        assertUnauthorized(token);
        org.junit.jupiter.api.Assertions.assertFalse(verified.holds(token), "an expired token is forgotten");
    }

    /** Two tokens of different people are never confused, even when both are remembered. */
    @Test
    void rememberedTokensKeepTheirOwnIdentity() {
        String marie = Tokens.marie();
        String sophie = Tokens.sophie();
        for (int i = 0; i < 2; i++) {
            given().auth().oauth2(marie).when().get("/api/v1/me").then().statusCode(200).body("username", equalTo("marie.tremblay"));
            given().auth().oauth2(sophie).when().get("/api/v1/me").then().statusCode(200).body("username", equalTo("sophie.lavoie"));
        }
        org.junit.jupiter.api.Assertions.assertTrue(verified.holds(marie) && verified.holds(sophie));
        // What is remembered keeps no request alive: the routing context of the first request is left out.
        org.junit.jupiter.api.Assertions.assertTrue(verified.get(marie).getAttributes().values().stream()
                .noneMatch(v -> v instanceof io.vertx.ext.web.RoutingContext));
        // A token altered after it was remembered is a different string: verified again, and refused.
        assertUnauthorized(marie.substring(0, marie.length() - 2) + (marie.endsWith("AA") ? "BB" : "AA"));
    }

    /**
     * A remembered token is not verified again: its identity is served from VerifiedTokens. Proven with a string that
     * the OIDC provider would refuse (not a JWT) remembered with the identity of a verified token: it gets in, as that
     * person; without the cache (or if the cache were never asked) it would be a 401.
     */
    @Test
    void aRememberedTokenIsServedWithoutVerification() {
        String marie = Tokens.marie();
        given().auth().oauth2(marie).when().get("/api/v1/me").then().statusCode(200);
        io.quarkus.security.identity.SecurityIdentity identity = verified.get(marie);
        org.junit.jupiter.api.Assertions.assertNotNull(identity, "a verified token is remembered");
        String standIn = "remembered." + java.util.UUID.randomUUID() + ".not-a-jwt";
        verified.put(standIn, identity, Instant.now().getEpochSecond() + 60);
        given().auth().oauth2(standIn).when().get("/api/v1/me").then().statusCode(200)
                .body("username", equalTo("marie.tremblay"));
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
