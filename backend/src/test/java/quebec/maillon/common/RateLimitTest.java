package quebec.maillon.common;

import static io.restassured.RestAssured.given;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.util.Map;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import quebec.maillon.support.Tokens;

/** With a small limit (burst 5, 1 request/s), a client that keeps calling gets 429 with Retry-After; others don't. */
@QuarkusTest
@TestProfile(RateLimitTest.SmallLimit.class)
class RateLimitTest {

    public static class SmallLimit implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("maillon.rate-limit.burst", "5", "maillon.rate-limit.per-second", "1");
        }
    }

    @Test
    void aClientOverItsRateLimitGets429WithRetryAfterAndOthersAreNotAffected() {
        String token = Tokens.marie();
        Response limited = null;
        for (int i = 0; i < 20 && limited == null; i++) {
            Response r = given().auth().oauth2(token).when().get("/api/v1/reference");
            if (r.statusCode() == 429) {
                limited = r;
            } else {
                Assertions.assertEquals(200, r.statusCode());
            }
        }
        Assertions.assertNotNull(limited, "20 quick requests exceed a burst of 5 at 1 request/s");
        Assertions.assertEquals("application/problem+json", limited.contentType());
        Assertions.assertTrue(Integer.parseInt(limited.header("Retry-After")) >= 1);
        given().auth().oauth2(Tokens.sophie()).when().get("/api/v1/reference").then().statusCode(200);
    }
}
