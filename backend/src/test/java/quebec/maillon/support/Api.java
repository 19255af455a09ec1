package quebec.maillon.support;

import static io.restassured.RestAssured.given;

import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Small helpers for API tests: JSON bodies as maps, and the usual creates (checked for 201). */
public final class Api {

    private Api() {
    }

    public static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType("application/json");
    }

    /** A JSON object from alternating keys and values (null values are left out). */
    public static Map<String, Object> json(Object... keyValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            if (keyValues[i + 1] != null) {
                map.put((String) keyValues[i], keyValues[i + 1]);
            }
        }
        return map;
    }

    /** Today in Québec. */
    public static LocalDate today() {
        return LocalDate.now(ZoneId.of("America/Montreal"));
    }

    public static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A valid intervention body: the given title, territory and lead, the rest sensible. */
    public static Map<String, Object> intervention(String title, String territory, String lead) {
        return json("title", title, "territoryCode", territory, "leadOrganizerId", lead,
                "serviceOfferCode", "ORGANIZATION_SUPPORT", "types", List.of("EXISTING_RESOURCES_SUPPORT"),
                "determinants", List.of("FOOD_SECURITY"), "populations", List.of("LOW_INCOME"),
                "organizationIds", List.of(TestData.ORG_JOLIETTE), "objectives", "Objectifs de test.");
    }

    public static String createIntervention(String token, Map<String, Object> body) {
        return as(token).body(body).when().post("/api/v1/interventions").then().statusCode(201).extract().path("id");
    }

    /** A valid activity body on an intervention. */
    public static Map<String, Object> activity(String interventionId, LocalDate on, int minutes) {
        return json("occurredOn", on.toString(), "durationMinutes", minutes, "acts", List.of("FACILITATE"),
                "notes", "Rencontre de travail.", "participants", 5, "interventionId", interventionId);
    }

    public static String createActivity(String token, Map<String, Object> body) {
        return as(token).body(body).when().post("/api/v1/activities").then().statusCode(201).extract().path("id");
    }

    public static String etag(String token, String path) {
        return given().auth().oauth2(token).when().get(path).then().statusCode(200).extract().header("ETag");
    }
}
