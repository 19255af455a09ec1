package quebec.maillon.common;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The published contract, ../openapi.yaml, is exactly what the code generates. Run with
 * {@code -Dmaillon.openapi.update=true} (make openapi) to rewrite it after changing the API.
 */
@QuarkusTest
class OpenApiContractTest {

    private static final Path PUBLISHED = Path.of("..", "openapi.yaml");

    @Test
    void committedContractMatchesTheGeneratedOne() throws IOException {
        String generated = new String(given().queryParam("format", "yaml")
                .when().get("/q/openapi")
                .then().statusCode(200)
                .extract().asByteArray(), StandardCharsets.UTF_8);
        if (Boolean.getBoolean("maillon.openapi.update")) {
            Files.writeString(PUBLISHED, generated, StandardCharsets.UTF_8);
        }
        assertTrue(Files.exists(PUBLISHED), "openapi.yaml is missing at the repository root: run `make openapi`");
        String published = Files.readString(PUBLISHED, StandardCharsets.UTF_8);
        assertEquals(published, generated,
                "openapi.yaml differs from what the code generates: run `make openapi` and commit the result");
    }
}
