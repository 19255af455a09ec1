package quebec.maillon.contract;

import static io.restassured.RestAssured.given;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import quebec.maillon.security.Roles;
import quebec.maillon.support.Contract;
import quebec.maillon.support.Tokens;

/**
 * Every endpoint of the contract × every role × own and other establishment, with the exact status expected.
 * Built from the served OpenAPI document and the roles of each resource method, so that a new endpoint cannot
 * escape it. It never changes demo data: writes that are allowed are sent invalid ({@code {}} → 422, or 412/428
 * when the version check comes first; 403 for an organizer outside the record's territories) or aimed at a record
 * that does not exist (→ 404); writes of another establishment aim at CISSS-LAN's demo records (→ 404).
 */
@QuarkusTest
class AccessMatrixTest {

    private static final String LAN = "CISSS-LAN";
    private static final String NIM = "CIUSSS-NIM";

    private static final Map<String, Supplier<String>> OWN = new LinkedHashMap<>();
    private static final Map<String, Supplier<String>> OTHER = new LinkedHashMap<>();

    static {
        OWN.put(Roles.ORGANIZER, Tokens::marie);
        OWN.put(Roles.MANAGER, Tokens::sophie);
        OWN.put(Roles.ADMIN, () -> Tokens.forRole(Roles.ADMIN, LAN));
        OWN.put(Roles.INTEGRATION, () -> Tokens.client("maillon-integration-lan", Roles.INTEGRATION, LAN));
        OWN.put(Roles.REPORTING, () -> Tokens.client("maillon-reporting-lan", Roles.REPORTING, LAN));
        OTHER.put(Roles.ORGANIZER, Tokens::amelie);
        OTHER.put(Roles.MANAGER, () -> Tokens.forRole(Roles.MANAGER, NIM));
        OTHER.put(Roles.ADMIN, () -> Tokens.forRole(Roles.ADMIN, NIM));
        OTHER.put(Roles.INTEGRATION, () -> Tokens.client("maillon-integration-nim", Roles.INTEGRATION, NIM));
        OTHER.put(Roles.REPORTING, () -> Tokens.client("maillon-reporting-nim", Roles.REPORTING, NIM));
    }

    @Test
    void everyEndpointAnswersEveryRoleOfBothEstablishmentsWithTheExpectedStatus() {
        List<Contract.Op> ops = Contract.operations();
        org.junit.jupiter.api.Assertions.assertTrue(ops.size() >= 10, "the contract lists too few operations: " + ops.size());
        List<String> failures = new ArrayList<>();
        int checks = 0;
        for (Contract.Op op : ops) {
            checks++;
            expect(failures, op, "anonymous", null, Contract.url(op, null), op.requestExample(), 401);
            for (String role : Roles.ALL) {
                boolean allowed = op.roles().contains(role) || op.roles().contains("*");
                // own establishment
                if (!allowed) {
                    checks++;
                    expect(failures, op, role + "@own", OWN.get(role).get(), Contract.url(op, null), op.requestExample(), 403);
                    checks++;
                    expect(failures, op, role + "@other", OTHER.get(role).get(), Contract.url(op, null), op.requestExample(), 403);
                    continue;
                }
                checks++;
                if (op.method().equals("get")) {
                    // without optional parameters, a read may ask for one (e.g. whose timesheet, for a machine client)
                    expect(failures, op, role + "@own", OWN.get(role).get(), Contract.url(op, null), null, 200, 422);
                    checks++;
                    expectWithQuery(failures, op, role + "@own+examples", OWN.get(role).get(), Contract.url(op, null), 200);
                } else if (op.hasRequestBody()) {
                    // past the role check, an empty body is refused by validation (or, first, by the version check)
                    expect(failures, op, role + "@own", OWN.get(role).get(), Contract.url(op, null),
                            com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode(), 422, 412, 428);
                } else if (op.hasPathParameters()) {
                    expect(failures, op, role + "@own", OWN.get(role).get(), Contract.url(op, UUID.randomUUID().toString()), null, 404);
                } else {
                    expect(failures, op, role + "@own", OWN.get(role).get(), Contract.url(op, null), null, 200);
                }
                // another establishment: records of CISSS-LAN (the documented examples) do not exist for it
                if (op.addressesARecord()) {
                    checks++;
                    expect(failures, op, role + "@other", OTHER.get(role).get(), Contract.url(op, null), op.requestExample(), 404);
                }
            }
        }
        if (!failures.isEmpty()) {
            throw new AssertionError(failures.size() + " of " + checks + " access checks failed:\n" + String.join("\n", failures));
        }
    }

    /**
     * A read with the documented example values of its query parameters answers 200. Where examples are
     * alternatives (period, or from and to), the parameter a 422 names is left out and the read tried again.
     */
    private static void expectWithQuery(List<String> failures, Contract.Op op, String who, String token, String url, int expected) {
        Map<String, String> query = new LinkedHashMap<>(Contract.exampleQuery(op));
        Response response = given().auth().oauth2(token).queryParams(query).get(url);
        for (int i = 0; i < 5 && response.statusCode() == 422; i++) {
            List<String> fields = response.jsonPath().getList("errors.field", String.class);
            if (fields == null || fields.stream().noneMatch(query::containsKey)) {
                break;
            }
            fields.forEach(query::remove);
            response = given().auth().oauth2(token).queryParams(query).get(url);
        }
        if (response.statusCode() != expected) {
            failures.add(op + " as " + who + " " + query + ": expected " + expected + ", got "
                    + response.statusCode() + " " + response.asString().replaceAll("\\s+", " ")
                            .substring(0, Math.min(200, response.asString().length())));
        }
    }

    private static void expect(List<String> failures, Contract.Op op, String who, String token, String url,
            Object body, int expected, int... alsoAccepted) {
        RequestSpecification request = given().redirects().follow(false);
        if (token != null) {
            request = request.auth().oauth2(token);
        }
        request = request.queryParams(Contract.requiredQuery(op)).header("If-Match", "\"0\"");
        if (body != null) {
            request = request.contentType("application/json").body(body.toString());
        } else if (op.hasRequestBody()) {
            request = request.contentType("application/json").body("{}");
        }
        Response response = request.request(op.method().toUpperCase(), url);
        int status = response.statusCode();
        boolean accepted = status == expected || java.util.Arrays.stream(alsoAccepted).anyMatch(a -> a == status);
        // An organizer's role may allow a write that the territory rule then refuses for this particular record.
        accepted |= who.equals(Roles.ORGANIZER + "@own") && expected != 200 && status == 403
                && response.asString().contains("territor");
        if (!accepted) {
            failures.add(op + " as " + who + ": expected " + expected + ", got " + response.statusCode() + " "
                    + response.asString().replaceAll("\\s+", " ").substring(0, Math.min(200, response.asString().length())));
        }
    }
}
