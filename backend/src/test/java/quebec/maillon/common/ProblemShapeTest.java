package quebec.maillon.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import quebec.maillon.support.Tokens;

/** Every failure the HTTP layer itself produces is a problem detail too. */
@QuarkusTest
class ProblemShapeTest {

    @Test
    void unknownRouteUnderTheApiIsA404Problem() {
        given().auth().oauth2(Tokens.marie())
                .when().get("/api/v1/no-such-thing")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("instance", equalTo("/api/v1/no-such-thing"));
    }

    @Test
    void unknownRouteOutsideTheApiIsA404ProblemToo() {
        given().when().get("/nothing/here")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("title", equalTo("Not Found"));
    }

    @Test
    void wrongMethodIsA405Problem() {
        given().auth().oauth2(Tokens.marie())
                .contentType("application/json").body("{}")
                .when().post("/api/v1/me")
                .then().statusCode(405)
                .contentType("application/problem+json")
                .body("status", equalTo(405));
    }

    @Test
    void unacceptableMediaTypeIsA406Problem() {
        given().auth().oauth2(Tokens.marie())
                .accept("application/xml")
                .when().get("/api/v1/me")
                .then().statusCode(406)
                .contentType("application/problem+json");
    }

    @Test
    void problemsNeverShowStackTracesOrClassNames() {
        given().auth().oauth2(Tokens.marie())
                .when().get("/api/v1/reference/%C3%A9%00")
                .then().statusCode(not(equalTo(500)))
                .body(not(containsString("Exception")))
                .body(not(containsString("at quebec.")));
    }
}
