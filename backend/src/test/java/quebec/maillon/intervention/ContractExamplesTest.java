package quebec.maillon.intervention;

import static io.restassured.RestAssured.given;
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
import java.util.Set;
import org.junit.jupiter.api.Test;
import quebec.maillon.support.Tokens;

/**
 * Every operation of the Interventions, Activities and Concertations tags, sent once as documented (path parameter
 * examples, required headers' examples, the request body example) by sophie.lavoie (manager, CISSS-LAN), answers 2xx
 * against the demo data. State-changing examples each target their own demo record, so that they run once in any
 * order; this test sends them in the contract's order. (It changes those demo records, as a reader trying the
 * examples would.)
 */
@QuarkusTest
class ContractExamplesTest {

    private static final Set<String> TAGS = Set.of("Interventions", "Activities", "Concertations");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void everyExampleWorksAsIsAgainstTheDemoData() throws Exception {
        JsonNode contract = MAPPER.readTree(given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200)
                .extract().asString());
        List<String> failures = new ArrayList<>();
        int sent = 0;
        Iterator<Map.Entry<String, JsonNode>> paths = contract.get("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> path = paths.next();
            Iterator<Map.Entry<String, JsonNode>> operations = path.getValue().fields();
            while (operations.hasNext()) {
                Map.Entry<String, JsonNode> entry = operations.next();
                JsonNode op = entry.getValue();
                if (!op.has("tags") || !TAGS.contains(op.get("tags").get(0).asText())) {
                    continue;
                }
                String url = path.getKey();
                RequestSpecification request = given().auth().oauth2(Tokens.sophie());
                for (JsonNode p : op.path("parameters")) {
                    String in = p.get("in").asText();
                    if (in.equals("path")) {
                        url = url.replace("{" + p.get("name").asText() + "}", p.get("example").asText());
                    } else if (in.equals("header") && p.has("example")) {
                        request.header(p.get("name").asText(), p.get("example").asText());
                    }
                }
                JsonNode examples = op.path("requestBody").path("content").path("application/json").path("examples");
                if (examples.size() > 0) {
                    request.contentType("application/json").body(MAPPER.writeValueAsString(examples.elements().next().get("value")));
                }
                Response response = request.request(entry.getKey().toUpperCase(), url);
                sent++;
                if (response.statusCode() / 100 != 2) {
                    failures.add(op.get("operationId").asText() + " " + url + " → " + response.statusCode() + " " + response.asString());
                }
            }
        }
        assertTrue(sent >= 30, "expected the examples of every operation, sent " + sent);
        assertTrue(failures.isEmpty(), "examples that do not work as-is:\n" + String.join("\n", failures));
    }
}
