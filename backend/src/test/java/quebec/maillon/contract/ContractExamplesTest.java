package quebec.maillon.contract;

import static io.restassured.RestAssured.given;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;
import quebec.maillon.support.Contract;

/**
 * Every request example of the contract works as-is against the demo data that `make run` loads: copy, paste, it
 * works. It runs in its own application with a fresh database (its own test profile), so that no other test has
 * changed the demo data first; as the manager of CISSS de Lanaudière or, for operations a manager may not call,
 * the first role that may.
 */
@QuarkusTest
@TestProfile(ContractExamplesTest.FreshDemoData.class)
class ContractExamplesTest {

    /** A profile of its own: Quarkus restarts the application, and the test resource starts a new database. */
    public static class FreshDemoData implements QuarkusTestProfile {
    }

    @Test
    void everyDocumentedRequestExampleSucceedsAgainstTheDemoData() {
        List<String> failures = new ArrayList<>();
        int tried = 0;
        for (Contract.Op op : Contract.operations()) {
            Map<String, JsonNode> examples = op.requestExamples();
            if (examples.isEmpty()) {
                if (op.hasRequestBody()) {
                    failures.add(op + ": request body without an example");
                    continue;
                }
                if (op.method().equals("get")) {
                    continue; // reads are checked with every role by AccessMatrixTest
                }
                examples = new java.util.LinkedHashMap<>();
                examples.put("", null); // an action without a body (e.g. archive): its documented path example
            }
            for (Map.Entry<String, JsonNode> example : examples.entrySet()) {
                tried++;
                String token = Contract.tokenAllowedFor(op);
                String url = Contract.url(op, null, example.getKey());
                RequestSpecification request = given().auth().oauth2(token).queryParams(Contract.requiredQuery(op));
                if (example.getValue() != null) {
                    request = request.contentType("application/json").body(example.getValue().toString());
                }
                if (op.method().equals("put") || op.method().equals("patch")
                        || op.node().path("parameters").toString().contains("\"If-Match\"")) {
                    Response current = given().auth().oauth2(token).get(url);
                    String etag = current.statusCode() == 200 ? current.header("ETag") : null;
                    if (etag == null) {
                        etag = given().auth().oauth2(token).get(etagSource(url)).header("ETag");
                    }
                    if (etag != null) {
                        request = request.header("If-Match", etag);
                    }
                }
                Response response = request.request(op.method().toUpperCase(), url);
                if (response.statusCode() >= 300) {
                    failures.add(op + " example '" + example.getKey() + "': " + response.statusCode() + " "
                            + response.asString().replaceAll("\\s+", " "));
                }
            }
        }
        if (!failures.isEmpty()) {
            throw new AssertionError(failures.size() + " of " + tried + " examples failed:\n" + String.join("\n", failures));
        }
    }

    /** Where to read the ETag for If-Match: the record itself (…/{id}), not a sub-resource like …/{id}/transitions. */
    private static String etagSource(String url) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^(.*/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(/.*)?$").matcher(url);
        return m.matches() ? m.group(1) : url;
    }
}
