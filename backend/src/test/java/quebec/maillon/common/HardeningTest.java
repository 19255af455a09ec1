package quebec.maillon.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import quebec.maillon.support.Tokens;

@QuarkusTest
class HardeningTest {

    @Test
    void theWebClientsOriginMayCallTheApi() {
        given().header("Origin", "http://localhost:5173").header("Access-Control-Request-Method", "GET")
                .header("Access-Control-Request-Headers", "authorization")
                .when().options("/api/v1/me")
                .then().header("Access-Control-Allow-Origin", equalTo("http://localhost:5173"));
    }

    @Test
    void anotherOriginMayNot() {
        given().header("Origin", "https://evil.example").header("Access-Control-Request-Method", "GET")
                .when().options("/api/v1/me")
                .then().header("Access-Control-Allow-Origin", nullValue());
    }

    @Test
    void responsesCarrySecurityHeadersAndAreNotCached() {
        given().auth().oauth2(Tokens.marie()).when().get("/api/v1/me")
                .then().statusCode(200)
                .header("X-Content-Type-Options", "nosniff")
                .header("X-Frame-Options", "DENY")
                .header("Cache-Control", "no-store")
                .header("X-Request-Id", not(nullValue()));
    }

    @Test
    void theCallersRequestIdIsReturned() {
        given().auth().oauth2(Tokens.marie()).header("X-Request-Id", "abc-123").when().get("/api/v1/me")
                .then().header("X-Request-Id", "abc-123");
    }

    @Test
    void oversizedBodiesAreRefusedWithAProblem() {
        String big = "{\"x\":\"" + "a".repeat(1_100_000) + "\"}";
        given().auth().oauth2(Tokens.forRole("admin", "CISSS-LAN")).contentType("application/json").body(big)
                .when().post("/api/v1/organizers")
                .then().statusCode(413)
                .contentType("application/problem+json");
    }

    @Test
    void unchangedRecordsAnswer304ToConditionalReads() {
        String etag = given().auth().oauth2(Tokens.sophie()).when().get("/api/v1/organizers/60000000-0000-4000-8000-000000000002")
                .then().statusCode(200).extract().header("ETag");
        given().auth().oauth2(Tokens.sophie()).header("If-None-Match", etag)
                .when().get("/api/v1/organizers/60000000-0000-4000-8000-000000000002")
                .then().statusCode(304);
        given().auth().oauth2(Tokens.sophie()).header("If-None-Match", "\"999999\"")
                .when().get("/api/v1/organizers/60000000-0000-4000-8000-000000000002")
                .then().statusCode(200);
    }
}
