package quebec.maillon.request;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import quebec.maillon.support.Tokens;

/**
 * The contract's examples of organizations, requests and priority criteria work as-is against the demo data: each
 * request body example (with the path parameter example of the same name) is sent once, by sophie.lavoie (manager,
 * CISSS-LAN) or by an admin for admin-only operations, with the record's current ETag where If-Match is needed.
 */
@QuarkusTest
class ContractExamplesTest {

    private static final List<String> MINE = List.of("/api/v1/organizations", "/api/v1/requests", "/api/v1/priority-criteria");

    @Test
    void everyExampleWorksAsIsAgainstTheDemoData() throws Exception {
        JsonNode doc = new ObjectMapper().readTree(given().queryParam("format", "json").when().get("/q/openapi").asString());
        List<String> failures = new ArrayList<>();
        int sent = 0;
        for (Iterator<Map.Entry<String, JsonNode>> paths = doc.get("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> path = paths.next();
            if (MINE.stream().noneMatch(path.getKey()::startsWith)) {
                continue;
            }
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext();) {
                Map.Entry<String, JsonNode> entry = ops.next();
                String method = entry.getKey();
                JsonNode op = entry.getValue();
                JsonNode roles = op.path("security").path(0).path("bearer");
                String token = roles.size() == 1 && roles.get(0).asText().equals("admin")
                        ? Tokens.forRole("admin", "CISSS-LAN") : Tokens.sophie();
                JsonNode bodies = op.path("requestBody").path("content").path("application/json").path("examples");
                List<String> names = new ArrayList<>();
                bodies.fieldNames().forEachRemaining(names::add);
                if (names.isEmpty()) {
                    names.add(null);
                }
                for (String name : names) {
                    String url = path.getKey();
                    boolean ifMatch = false;
                    for (JsonNode p : op.path("parameters")) {
                        if (p.path("in").asText().equals("path")) {
                            JsonNode value = name != null && p.path("examples").has(name)
                                    ? p.path("examples").path(name).path("value") : p.path("example");
                            assertTrue(!value.isMissingNode() && !value.isNull(), op.path("operationId").asText() + ": path example missing");
                            url = url.replace("{" + p.path("name").asText() + "}", value.asText());
                        }
                        ifMatch |= p.path("in").asText().equals("header") && p.path("name").asText().equals("If-Match");
                    }
                    RequestSpecification spec = given().auth().oauth2(token);
                    if (ifMatch) {
                        String record = url.replaceFirst("^(/api/v1/[a-z-]+(/[0-9a-f-]{36})?).*$", "$1");
                        spec.header("If-Match", given().auth().oauth2(token).when().get(record).then().statusCode(200)
                                .extract().header("ETag"));
                    }
                    if (name != null) {
                        spec.contentType("application/json").body(bodies.path(name).path("value").toString());
                    }
                    Response response = spec.when().request(method.toUpperCase(), url);
                    sent++;
                    if (response.statusCode() / 100 != 2) {
                        failures.add(op.path("operationId").asText() + (name == null ? "" : " [" + name + "]") + " " + url
                                + " → " + response.statusCode() + " " + response.asString());
                    }
                }
            }
        }
        assertEquals(List.of(), failures);
        assertTrue(sent >= 15, "examples were sent: " + sent);
    }
}
