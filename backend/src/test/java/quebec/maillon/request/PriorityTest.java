package quebec.maillon.request;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import quebec.maillon.support.RequestData;
import quebec.maillon.support.Tokens;

/** Priority criteria (per establishment, changed by its admin) and priority assessments of requests. */
@QuarkusTest
class PriorityTest {

    private static String nimAdmin() {
        return Tokens.forRole("admin", "CIUSSS-NIM");
    }

    @Test
    void everyoneWhoReadsRecordsSeesTheCriteria() {
        for (String token : List.of(Tokens.marie(), Tokens.sophie(), Tokens.forRole("admin", "CISSS-LAN"),
                Tokens.client("maillon-integration-lan", "integration", "CISSS-LAN"))) {
            given().auth().oauth2(token).when().get("/api/v1/priority-criteria")
                    .then().statusCode(200).header("ETag", notNullValue())
                    .body("items.code", hasItem("DISADVANTAGED_POPULATIONS"))
                    .body("items[0].weight", notNullValue());
        }
        given().auth().oauth2(Tokens.client("maillon-reporting-lan", "reporting", "CISSS-LAN"))
                .when().get("/api/v1/priority-criteria").then().statusCode(403);
    }

    @Test
    void onlyAdminsChangeTheCriteria() {
        Response current = given().auth().oauth2(Tokens.sophie()).when().get("/api/v1/priority-criteria").then().extract().response();
        given().auth().oauth2(Tokens.sophie()).contentType("application/json").header("If-Match", current.header("ETag"))
                .body(Map.of("items", inputOf(current.path("items"))))
                .when().put("/api/v1/priority-criteria").then().statusCode(403);
    }

    @Test
    void adminChangesWeightsWithTheSetsEtag() {
        Response current = given().auth().oauth2(nimAdmin()).when().get("/api/v1/priority-criteria").then().extract().response();
        List<Map<String, Object>> original = inputOf(current.path("items"));
        List<Map<String, Object>> changed = new ArrayList<>();
        for (Map<String, Object> c : original) {
            Map<String, Object> copy = new LinkedHashMap<>(c);
            if (c.get("code").equals("URGENCY")) {
                copy.put("weight", 5);
                copy.put("labelFr", "Urgence de la situation (pondération revue)");
            }
            changed.add(copy);
        }
        changed.add(Map.of("code", "LOCAL_PARTNERS", "labelFr", "Partenaires locaux mobilisés", "labelEn", "Local partners on board", "weight", 1));
        given().auth().oauth2(nimAdmin()).contentType("application/json").body(Map.of("items", changed))
                .when().put("/api/v1/priority-criteria").then().statusCode(428);
        String etag = given().auth().oauth2(nimAdmin()).contentType("application/json").header("If-Match", current.header("ETag"))
                .body(Map.of("items", changed))
                .when().put("/api/v1/priority-criteria").then().statusCode(200)
                .body("items.find { it.code == 'URGENCY' }.weight", equalTo(5))
                .body("items.find { it.code == 'LOCAL_PARTNERS' }.active", equalTo(true))
                .extract().header("ETag");
        given().auth().oauth2(nimAdmin()).contentType("application/json").header("If-Match", current.header("ETag"))
                .body(Map.of("items", original))
                .when().put("/api/v1/priority-criteria").then().statusCode(412);
        // leaving a criterion out deactivates it (kept for the history)
        given().auth().oauth2(nimAdmin()).contentType("application/json").header("If-Match", etag)
                .body(Map.of("items", original))
                .when().put("/api/v1/priority-criteria").then().statusCode(200)
                .body("items.find { it.code == 'LOCAL_PARTNERS' }.active", equalTo(false))
                .body("items.find { it.code == 'URGENCY' }.weight", equalTo(1));
        given().auth().oauth2(Tokens.sophie()).when().get("/api/v1/priority-criteria")
                .then().body("items.code", org.hamcrest.Matchers.not(hasItem("LOCAL_PARTNERS")));
    }

    @Test
    void invalidCriteriaAreRejected() {
        Response current = given().auth().oauth2(nimAdmin()).when().get("/api/v1/priority-criteria").then().extract().response();
        List<Map<String, Object>> items = List.of(
                Map.of("code", "bad code", "labelFr", "", "labelEn", "x", "weight", 11),
                Map.of("code", "URGENCY", "labelFr", "a", "labelEn", "b", "weight", 0));
        given().auth().oauth2(nimAdmin()).contentType("application/json").header("If-Match", current.header("ETag"))
                .body(Map.of("items", items))
                .when().put("/api/v1/priority-criteria").then().statusCode(422)
                .body("errors.field", org.hamcrest.Matchers.hasItems("items[0].code", "items[0].labelFr", "items[0].weight"));
        given().auth().oauth2(nimAdmin()).contentType("application/json").header("If-Match", current.header("ETag"))
                .body(Map.of("items", List.of(Map.of("code", "URGENCY", "labelFr", "a", "labelEn", "b", "weight", 0))))
                .when().put("/api/v1/priority-criteria").then().statusCode(422).body("errors[0].field", equalTo("items"));
    }

    @Test
    void levelFollowsTheWeightedScore() {
        int max = given().auth().oauth2(Tokens.sophie()).when().get("/api/v1/priority-criteria").then().extract()
                .<List<Integer>>path("items.findAll { it.active }.weight").stream().mapToInt(w -> w * 3).sum();
        Map<Integer, String> expected = Map.of(3, "HIGH", 2, "HIGH", 1, "MEDIUM", 0, "LOW");
        for (Map.Entry<Integer, String> e : expected.entrySet()) {
            String id = RequestData.newRequest(Tokens.sophie(), "LAN-JOLIETTE", "Priorité " + RequestData.marker());
            RequestData.assessPriority(Tokens.sophie(), id, RequestData.priority(Tokens.sophie(), e.getKey()))
                    .statusCode(200)
                    .body("priorityLevel", equalTo(e.getValue()))
                    .body("priorityScore", equalTo(max * e.getKey() / 3));
            given().auth().oauth2(Tokens.sophie()).when().get("/api/v1/requests/" + id + "/priority/history")
                    .then().body("items[0].maxScore", equalTo(max)).body("items[0].level", equalTo(e.getValue()));
        }
    }

    @Test
    void revisedPriorityKeepsItsHistory() {
        String id = RequestData.newRequest(Tokens.marie(), "LAN-MATAWINIE", "Révision " + RequestData.marker());
        RequestData.assessPriority(Tokens.marie(), id, RequestData.priority(Tokens.marie(), 0)).statusCode(200).body("priorityLevel", equalTo("LOW"));
        RequestData.assessPriority(Tokens.sophie(), id, RequestData.priority(Tokens.sophie(), 3)).statusCode(200).body("priorityLevel", equalTo("HIGH"));
        given().auth().oauth2(Tokens.marie()).when().get("/api/v1/requests/" + id + "/priority/history")
                .then().statusCode(200)
                .body("items", hasSize(2))
                .body("items.level", equalTo(List.of("LOW", "HIGH")))
                .body("items.actorName", equalTo(List.of("Marie Tremblay", "Sophie Lavoie")))
                .body("items[1].scores.size()", greaterThan(0))
                .body("items[1].scores[0].score", equalTo(3));
        given().auth().oauth2(Tokens.amelie()).when().get("/api/v1/requests/" + id + "/priority/history").then().statusCode(404);
    }

    @Test
    void missingUnknownOrOutOfRangeScoresAreRejected() {
        String id = RequestData.newRequest(Tokens.sophie(), "LAN-JOLIETTE", "Scores " + RequestData.marker());
        RequestData.assessPriority(Tokens.sophie(), id, Map.of("scores", List.of(Map.of("criterion", "URGENCY", "score", 2))))
                .statusCode(422).body("errors.field", hasItem("scores"));
        RequestData.assessPriority(Tokens.sophie(), id, Map.of("scores", List.of(Map.of("criterion", "MOON_PHASE", "score", 2),
                        Map.of("criterion", "URGENCY", "score", 4))))
                .statusCode(422).body("errors.field", org.hamcrest.Matchers.hasItems("scores[0].criterion", "scores[1].score"));
        given().auth().oauth2(Tokens.sophie()).when().get("/api/v1/requests/" + id + "/priority/history").then().body("items", hasSize(0));
    }

    @Test
    void organizerAssessesOnlyRequestsOfTheirTerritoriesAndIntegrationNever() {
        String id = RequestData.newRequest(Tokens.sophie(), "LAN-MOULINS", "Moulins " + RequestData.marker());
        RequestData.assessPriority(Tokens.marie(), id, RequestData.priority(Tokens.marie(), 2)).statusCode(403);
        String integration = Tokens.client("maillon-integration-lan", "integration", "CISSS-LAN");
        RequestData.assessPriority(integration, id, RequestData.priority(integration, 2)).statusCode(403);
    }

    @Test
    void triageQueueIsSortedByPriority() {
        String m = RequestData.marker();
        Map<String, String> byLevel = new LinkedHashMap<>();
        String unassessed = RequestData.newRequest(Tokens.sophie(), "LAN-JOLIETTE", "Tri " + m);
        for (int score : new int[] {0, 3, 1}) {
            String id = RequestData.newRequest(Tokens.sophie(), "LAN-JOLIETTE", "Tri " + m);
            RequestData.assessPriority(Tokens.sophie(), id, RequestData.priority(Tokens.sophie(), score)).statusCode(200);
            byLevel.put(score == 3 ? "HIGH" : score == 1 ? "MEDIUM" : "LOW", id);
        }
        RequestData.moveTo(byLevel.get("MEDIUM"), "UNDER_ANALYSIS");
        List<String> expected = List.of(byLevel.get("HIGH"), byLevel.get("MEDIUM"), byLevel.get("LOW"), unassessed);
        given().auth().oauth2(Tokens.sophie()).queryParam("q", m).queryParam("status", "RECEIVED,UNDER_ANALYSIS")
                .queryParam("sort", "priority").when().get("/api/v1/requests")
                .then().statusCode(200).body("items.id", equalTo(expected))
                .body("items.priorityLevel", equalTo(java.util.Arrays.asList("HIGH", "MEDIUM", "LOW", null)));
        List<String> paged = new ArrayList<>();
        String cursor = null;
        do {
            var spec = given().auth().oauth2(Tokens.sophie()).queryParam("q", m).queryParam("sort", "priority").queryParam("limit", 1);
            if (cursor != null) {
                spec.queryParam("cursor", cursor);
            }
            Response page = spec.when().get("/api/v1/requests").then().statusCode(200).extract().response();
            paged.addAll(page.path("items.id"));
            cursor = page.path("nextCursor");
        } while (cursor != null);
        assertEquals(expected, paged);
        given().auth().oauth2(Tokens.sophie()).queryParam("q", m).queryParam("priorityLevel", "HIGH,MEDIUM")
                .when().get("/api/v1/requests").then().body("items", hasSize(2));
    }

    private static List<Map<String, Object>> inputOf(List<Map<String, Object>> items) {
        List<Map<String, Object>> input = new ArrayList<>();
        for (Map<String, Object> c : items) {
            if (Boolean.TRUE.equals(c.get("active"))) {
                input.add(Map.of("code", c.get("code"), "labelFr", c.get("labelFr"), "labelEn", c.get("labelEn"),
                        "weight", c.get("weight")));
            }
        }
        return input;
    }
}
