package quebec.maillon.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import quebec.maillon.common.IdentityProviderUnavailable;
import quebec.maillon.support.Tokens;

/**
 * The API gets the realm's keys from the identity provider (discovery, then JWKS), as in production, from a stand-in
 * for Keycloak that this test starts and stops: while it has never answered, requests get 503 problem+json (never
 * 500); once it answers, the API loads the keys by itself; when it goes down again, tokens keep working (also one
 * the API has never seen), because they are checked with the keys already loaded.
 */
@QuarkusTest
@TestProfile(KeycloakOutageTest.KeysFromTheProvider.class)
class KeycloakOutageTest {

    /** Discovery and JWKS from http://127.0.0.1:PORT/realms/maillon, where nothing listens when the API starts. */
    public static class KeysFromTheProvider implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "%test.quarkus.oidc.auth-server-url", "http://127.0.0.1:" + freePort() + "/realms/maillon",
                    "%test.quarkus.oidc.discovery-enabled", "true",
                    "%test.quarkus.oidc.public-key", "");
        }
    }

    @Test
    void keysComeFromTheProviderOnceItAnswersAndTokensKeepWorkingWhenItIsDownAgain() throws Exception {
        URI realm = URI.create(ConfigProvider.getConfig().getValue("quarkus.oidc.auth-server-url", String.class));

        // 1. The provider has not answered since the API started: no keys to check tokens with.
        given().auth().oauth2(marie()).get("/api/v1/me")
                .then().statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", String.valueOf(IdentityProviderUnavailable.RETRY_AFTER_SECONDS))
                .body("type", equalTo("https://maillon.quebec/problems/identity-provider-unavailable"))
                .body("status", equalTo(503));

        // 2. It answers: the next requests load the keys, by themselves.
        AtomicInteger jwksFetches = new AtomicInteger();
        HttpServer provider = HttpServer.create(new InetSocketAddress("127.0.0.1", realm.getPort()), 0);
        String base = realm.toString();
        provider.createContext(realm.getPath() + "/.well-known/openid-configuration", exchange -> json(exchange,
                "{\"issuer\":\"" + Tokens.ISSUER + "\",\"jwks_uri\":\"" + base + "/protocol/openid-connect/certs\","
                        + "\"token_endpoint\":\"" + base + "/protocol/openid-connect/token\","
                        + "\"authorization_endpoint\":\"" + base + "/protocol/openid-connect/auth\"}"));
        provider.createContext(realm.getPath() + "/protocol/openid-connect/certs", exchange -> {
            jwksFetches.incrementAndGet();
            json(exchange, jwks());
        });
        provider.start();
        try {
            long deadline = System.nanoTime() + 60_000_000_000L;
            Response me;
            while ((me = given().auth().oauth2(marie()).get("/api/v1/me")).statusCode() != 200) {
                Assertions.assertEquals(503, me.statusCode(), me.asString());
                Assertions.assertTrue(System.nanoTime() < deadline, "the API did not load the keys within 60 s");
                Thread.sleep(200);
            }
            Assertions.assertTrue(jwksFetches.get() >= 1);
        } finally {
            provider.stop(0);
        }

        // 3. Down again: tokens are still checked, with the keys already loaded; Keycloak is never asked per request.
        int fetchesBefore = jwksFetches.get();
        for (int i = 0; i < 5; i++) {
            given().auth().oauth2(marie()).get("/api/v1/me").then().statusCode(200);
        }
        given().auth().oauth2(sophie()).get("/api/v1/me").then().statusCode(200)
                .body("username", equalTo("sophie.lavoie"));
        Assertions.assertEquals(fetchesBefore, jwksFetches.get());
        // A token the keys do not verify is still refused as such (401), not turned into an outage.
        given().auth().oauth2(Tokens.signedByForeignKey(Tokens.person("marie.tremblay", "Marie Tremblay", "organizer",
                "CISSS-LAN", List.of("LAN-JOLIETTE")))).get("/api/v1/me").then().statusCode(401);
    }

    /** Keycloak names the signing key in each token (kid), and the JWKS by the same name. */
    private static String marie() {
        return Tokens.person("marie.tremblay", "Marie Tremblay", "organizer", "CISSS-LAN", List.of("LAN-JOLIETTE"))
                .jws().keyId("test").sign();
    }

    private static String sophie() {
        return Tokens.person("sophie.lavoie", "Sophie Lavoie", "manager", "CISSS-LAN", Tokens.LAN_TERRITORIES)
                .jws().keyId("test").sign();
    }

    /** The JWKS of the key that signs the test tokens (support/Tokens): the public half of test-signing-key.pem. */
    private static String jwks() {
        try (InputStream in = KeycloakOutageTest.class.getClassLoader().getResourceAsStream("test-signing-key.pem")) {
            String pem = new String(in.readAllBytes(), StandardCharsets.US_ASCII)
                    .replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            RSAPrivateCrtKey key = (RSAPrivateCrtKey) KeyFactory.getInstance("RSA")
                    .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
            return "{\"keys\":[{\"kty\":\"RSA\",\"use\":\"sig\",\"alg\":\"RS256\",\"kid\":\"test\",\"n\":\""
                    + base64url(key.getModulus()) + "\",\"e\":\"" + base64url(key.getPublicExponent()) + "\"}]}";
        } catch (IOException | java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String base64url(BigInteger value) {
        byte[] bytes = value.toByteArray();
        if (bytes.length > 1 && bytes[0] == 0) {
            bytes = Arrays.copyOfRange(bytes, 1, bytes.length);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static void json(HttpExchange exchange, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
