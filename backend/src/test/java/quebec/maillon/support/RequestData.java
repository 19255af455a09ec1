package quebec.maillon.support;

import static io.restassured.RestAssured.given;

import io.restassured.response.ValidatableResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;

/** Test-data builders for organizations and requests (through the API), and direct counts in the database. */
public final class RequestData {

    public static final String MARIE_ID = "60000000-0000-4000-8000-000000000001";
    public static final String JULIEN_ID = "60000000-0000-4000-8000-000000000002";
    public static final String AMELIE_ID = "60000000-0000-4000-8000-000000000011";

    private RequestData() {
    }

    /** A short random marker to find what a test created. */
    public static String marker() {
        return "t" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    /** A random NEQ (10 digits, starting with 88 so that it never meets the demo data's). */
    public static String neq() {
        return "88" + String.format("%08d", (long) (Math.random() * 100_000_000L));
    }

    public static Map<String, Object> organization(String name, String territory) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "COMMUNITY_ORGANIZATION");
        body.put("name", name);
        body.put("territory", territory);
        body.put("address", Map.of("addressLine", "12, rue Principale", "city", "Joliette", "postalCode", "j6e3b8"));
        body.put("contacts", List.of(Map.of("name", "Julie Contact", "role", "Coordonnatrice",
                "email", "julie.contact@exemple.org", "phone", "450 555-0199")));
        return body;
    }

    public static String createOrganization(String token, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType("application/json").body(body)
                .when().post("/api/v1/organizations")
                .then().statusCode(201).extract().path("id");
    }

    public static String createOrganization(String token, String name, String territory) {
        return createOrganization(token, organization(name, territory));
    }

    public static Map<String, Object> request(String organizationId, String territory, String need) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("organizationId", organizationId);
        body.put("receivedOn", "2026-11-02");
        body.put("channel", "PHONE");
        body.put("territory", territory);
        body.put("serviceOffer", "ORGANIZATION_SUPPORT");
        body.put("need", need);
        body.put("populations", List.of("FAMILIES"));
        body.put("determinants", List.of("POVERTY"));
        return body;
    }

    public static String createRequest(String token, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType("application/json").body(body)
                .when().post("/api/v1/requests")
                .then().statusCode(201).extract().path("id");
    }

    /** A new organization of the territory and a RECEIVED request from it. */
    public static String newRequest(String token, String territory, String need) {
        String org = createOrganization(token, "Organisme " + marker(), territory);
        return createRequest(token, request(org, territory, need));
    }

    public static String etag(String token, String path) {
        return given().auth().oauth2(token).when().get(path).then().statusCode(200).extract().header("ETag");
    }

    public static ValidatableResponse transition(String token, String requestId, Map<String, Object> body) {
        String tag = etag(Tokens.sophie(), "/api/v1/requests/" + requestId);
        return given().auth().oauth2(token).contentType("application/json").header("If-Match", tag).body(body)
                .when().post("/api/v1/requests/" + requestId + "/transitions").then();
    }

    public static void moveTo(String requestId, String to) {
        transition(Tokens.sophie(), requestId, Map.of("to", to)).statusCode(200);
    }

    public static void assessEligibility(String requestId, boolean requester, boolean health, boolean notReligious,
            boolean notPolitical, boolean notRecreational) {
        String tag = etag(Tokens.sophie(), "/api/v1/requests/" + requestId);
        given().auth().oauth2(Tokens.sophie()).contentType("application/json").header("If-Match", tag)
                .body(Map.of("eligibleRequester", requester, "eligibleHealthField", health, "notReligious", notReligious,
                        "notPoliticalParty", notPolitical, "notSolelyRecreational", notRecreational, "note", "Évaluée."))
                .when().put("/api/v1/requests/" + requestId + "/eligibility").then().statusCode(200);
    }

    public static void assessEligible(String requestId) {
        assessEligibility(requestId, true, true, true, true, true);
    }

    /** One score for every active criterion of the caller's establishment. */
    public static Map<String, Object> priority(String token, int score) {
        List<String> codes = given().auth().oauth2(token).when().get("/api/v1/priority-criteria")
                .then().statusCode(200).extract().path("items.findAll { it.active }.code");
        List<Map<String, Object>> scores = new ArrayList<>();
        for (String code : codes) {
            scores.add(Map.of("criterion", code, "score", score));
        }
        return Map.of("scores", scores, "note", "Évaluation de test");
    }

    public static ValidatableResponse assessPriority(String token, String requestId, Map<String, Object> body) {
        String tag = etag(token, "/api/v1/requests/" + requestId);
        return given().auth().oauth2(token).contentType("application/json").header("If-Match", tag).body(body)
                .when().put("/api/v1/requests/" + requestId + "/priority").then();
    }

    public static long count(DataSource ds, String sql, Object... params) {
        try (Connection c = ds.getConnection(); PreparedStatement st = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                st.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public static List<String> strings(DataSource ds, String sql, Object... params) {
        try (Connection c = ds.getConnection(); PreparedStatement st = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                st.setObject(i + 1, params[i]);
            }
            List<String> out = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
