package quebec.maillon.concertation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static quebec.maillon.support.Api.as;
import static quebec.maillon.support.Api.json;
import static quebec.maillon.support.Api.today;
import static quebec.maillon.support.Api.unique;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import quebec.maillon.support.Api;
import quebec.maillon.support.SyncClient;
import quebec.maillon.support.TestData;
import quebec.maillon.support.Tokens;

@QuarkusTest
class ConcertationResourceTest {

    @Inject
    TestData data;

    @Inject
    EntityManagerFactory emf;

    private static String sophie() {
        return Tokens.sophie();
    }

    private static Map<String, Object> table(String name, String scope, String territory) {
        return json("name", name, "kindCode", "THEMATIC_TABLE", "themes", List.of("FOOD_SECURITY"), "scope", scope,
                "territoryCode", territory, "description", "Table de test.");
    }

    private static String create(String token, Map<String, Object> body) {
        return as(token).body(body).when().post("/api/v1/concertations").then().statusCode(201).extract().path("id");
    }

    private static String joliette() {
        return create(sophie(), table(unique("Table"), "MRC", "LAN-JOLIETTE"));
    }

    private String member(String concertation, String organization, String joinedOn) {
        return as(sophie()).body(json("organizationId", organization, "role", "Membre", "joinedOn", joinedOn))
                .when().post("/api/v1/concertations/" + concertation + "/members").then().statusCode(201).extract().path("id");
    }

    // ------------------------------------------------------------------------------------------- the place

    @Test
    void managerAddsAConcertationAndReadsIt() {
        String name = unique("Table jeunesse de Montcalm");
        String id = as(sophie()).body(json("name", name, "kindCode", "THEMATIC_TABLE", "themes", List.of("YOUTH", "SCHOOL_PERSEVERANCE"),
                "scope", "MRC", "territoryCode", "LAN-MONTCALM")).when().post("/api/v1/concertations")
                .then().statusCode(201)
                .header("Location", containsString("/api/v1/concertations/"))
                .header("ETag", notNullValue())
                .body("status", equalTo("ACTIVE"))
                .body("themes", hasItems("YOUTH", "SCHOOL_PERSEVERANCE"))
                .body("members", hasSize(0))
                .body("actionPlan.percentDone", equalTo(0))
                .extract().path("id");
        given().auth().oauth2(Tokens.marie()).when().get("/api/v1/concertations/" + id).then().statusCode(200).body("name", equalTo(name));
    }

    @Test
    void territoryIsRequiredUnlessRegional() {
        as(sophie()).body(table(unique("Sans territoire"), "MRC", null)).when().post("/api/v1/concertations")
                .then().statusCode(422).body("errors[0].field", equalTo("territoryCode"));
        String id = create(sophie(), table(unique("Table régionale"), "REGIONAL", null));
        given().auth().oauth2(sophie()).when().get("/api/v1/concertations/" + id)
                .then().body("scope", equalTo("REGIONAL")).body("territoryCode", nullValue());
    }

    @Test
    void unknownCodesAndForeignTerritoryAreRejectedNamingTheField() {
        Map<String, Object> body = json("name", unique("Codes"), "kindCode", "BOOK_CLUB", "themes", List.of("YOUTH", "KNITTING"),
                "scope", "MRC", "territoryCode", "NIM-AMN");
        as(sophie()).body(body).when().post("/api/v1/concertations")
                .then().statusCode(422).body("errors.field", hasItems("kindCode", "themes[1]", "territoryCode"))
                .body("errors.field", not(hasItem("themes[0]")));
        as(sophie()).body(json("name", "X", "kindCode", "THEMATIC_TABLE", "scope", "CITY")).when().post("/api/v1/concertations")
                .then().statusCode(422).body("errors[0].field", equalTo("scope"));
    }

    @Test
    void organizerAddsConcertationsOnlyInTheirTerritories() {
        create(Tokens.marie(), table(unique("Table de Joliette"), "MRC", "LAN-JOLIETTE"));
        as(Tokens.marie()).body(table(unique("Table de Montcalm"), "MRC", "LAN-MONTCALM")).when().post("/api/v1/concertations")
                .then().statusCode(403);
        as(Tokens.marie()).body(table(unique("Table régionale"), "REGIONAL", null)).when().post("/api/v1/concertations")
                .then().statusCode(403);
    }

    @Test
    void supportingOrganizerMayChangeARegionalConcertation() {
        String id = create(sophie(), table(unique("Comité régional"), "REGIONAL", null));
        Map<String, Object> change = table(unique("Comité régional renommé"), "REGIONAL", null);
        as(Tokens.marie()).header("If-Match", "\"0\"").body(change).when().put("/api/v1/concertations/" + id).then().statusCode(403);
        as(Tokens.marie()).body(json("heldOn", today().toString())).when().post("/api/v1/concertations/" + id + "/meetings").then().statusCode(403);
        as(sophie()).body(json("organizerId", TestData.MARIE, "role", "COORDINATION")).when().post("/api/v1/concertations/" + id + "/organizers")
                .then().statusCode(201).body("name", equalTo("Marie Tremblay")).body("role", equalTo("COORDINATION"));
        as(Tokens.marie()).header("If-Match", "\"0\"").body(change).when().put("/api/v1/concertations/" + id)
                .then().statusCode(200).body("name", equalTo(change.get("name")));
        as(Tokens.marie()).body(json("heldOn", today().toString())).when().post("/api/v1/concertations/" + id + "/meetings").then().statusCode(201);
    }

    @Test
    void updatesNeedTheCurrentEtag() {
        String id = joliette();
        Map<String, Object> change = table(unique("Table modifiée"), "MRC", "LAN-JOLIETTE");
        change.put("status", "INACTIVE");
        as(sophie()).body(change).when().put("/api/v1/concertations/" + id).then().statusCode(428);
        String etag = Api.etag(sophie(), "/api/v1/concertations/" + id);
        as(sophie()).header("If-Match", etag).body(change).when().put("/api/v1/concertations/" + id)
                .then().statusCode(200).body("status", equalTo("INACTIVE"));
        as(sophie()).header("If-Match", etag).body(change).when().put("/api/v1/concertations/" + id).then().statusCode(412);
    }

    @Test
    void adminReadsOnlyAndReportingIsForbidden() {
        String admin = Tokens.forRole("admin", "CISSS-LAN");
        given().auth().oauth2(admin).when().get("/api/v1/concertations/" + TestData.CONCERTATION_JOLIETTE).then().statusCode(200);
        as(admin).body(table(unique("Admin"), "MRC", "LAN-JOLIETTE")).when().post("/api/v1/concertations").then().statusCode(403);
        as(admin).body(json("heldOn", today().toString())).when()
                .post("/api/v1/concertations/" + TestData.CONCERTATION_JOLIETTE + "/meetings").then().statusCode(403);
        String reporting = Tokens.client("maillon-reporting-lan", "reporting", "CISSS-LAN");
        given().auth().oauth2(reporting).when().get("/api/v1/concertations").then().statusCode(403);
        given().auth().oauth2(reporting).when().get("/api/v1/concertations/" + TestData.CONCERTATION_JOLIETTE).then().statusCode(403);
    }

    @Test
    void integrationWritesConcertationsOfItsEstablishment() {
        String integration = Tokens.client("maillon-integration-lan", "integration", "CISSS-LAN");
        String id = create(integration, table(unique("Table synchronisée"), "MRC", "LAN-DAUTRAY"));
        as(integration).body(json("objective", "Objectif synchronisé")).when().post("/api/v1/concertations/" + id + "/action-plan-items")
                .then().statusCode(201);
    }

    @Test
    void anotherEstablishmentsConcertationIsNotFound() {
        given().auth().oauth2(sophie()).when().get("/api/v1/concertations/" + TestData.CONCERTATION_NIM)
                .then().statusCode(404).contentType("application/problem+json");
        as(sophie()).body(json("heldOn", today().toString())).when().post("/api/v1/concertations/" + TestData.CONCERTATION_NIM + "/meetings")
                .then().statusCode(404);
        given().auth().oauth2(sophie()).when().get("/api/v1/concertations/" + TestData.CONCERTATION_NIM + "/meetings").then().statusCode(404);
        given().auth().oauth2(sophie()).when()
                .delete("/api/v1/concertations/" + TestData.CONCERTATION_NIM + "/members/41000000-0000-4000-8000-000000000009")
                .then().statusCode(404);
        given().auth().oauth2(Tokens.amelie()).when().get("/api/v1/concertations/" + TestData.CONCERTATION_JOLIETTE).then().statusCode(404);
    }

    @Test
    void subResourceOfAnotherConcertationIsNotFound() {
        String id = joliette();
        given().auth().oauth2(sophie()).when().delete("/api/v1/concertations/" + id + "/members/41000000-0000-4000-8000-000000000001")
                .then().statusCode(404);
        given().auth().oauth2(sophie()).when().delete("/api/v1/concertations/" + id + "/meetings/42000000-0000-4000-8000-000000000001")
                .then().statusCode(404);
        given().auth().oauth2(sophie()).when().delete("/api/v1/concertations/" + id + "/organizers/" + TestData.MARIE)
                .then().statusCode(404);
    }

    @Test
    void listFiltersAndSearchIgnoringAccents() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String org = data.organization("CISSS-LAN", "MUNICIPALITY", "LAN-MOULINS", unique("Ville"));
        Map<String, Object> body = json("name", "Comité de sécurité alimentaire " + suffix, "kindCode", "SOCIAL_DEVELOPMENT_COMMITTEE",
                "themes", List.of("HOUSING"), "scope", "LOCAL", "territoryCode", "LAN-MOULINS");
        String id = create(sophie(), body);
        String other = create(sophie(), table("Autre table " + suffix, "MRC", "LAN-MOULINS"));
        member(id, org, "2025-01-01");
        as(sophie()).body(json("organizerId", TestData.JULIEN, "role", "FACILITATION")).when().post("/api/v1/concertations/" + id + "/organizers")
                .then().statusCode(201);
        given().auth().oauth2(sophie()).queryParam("q", "SECURITE ALIMENTAIRE " + suffix).when().get("/api/v1/concertations")
                .then().statusCode(200).body("items.id", equalTo(List.of(id)));
        given().auth().oauth2(sophie()).queryParam("q", suffix).queryParam("scope", "LOCAL").when().get("/api/v1/concertations")
                .then().body("items.id", equalTo(List.of(id)));
        given().auth().oauth2(sophie()).queryParam("q", suffix).queryParam("theme", "HOUSING").queryParam("kind", "SOCIAL_DEVELOPMENT_COMMITTEE")
                .when().get("/api/v1/concertations").then().body("items.id", equalTo(List.of(id)));
        given().auth().oauth2(sophie()).queryParam("q", suffix).queryParam("organizer", TestData.JULIEN).when().get("/api/v1/concertations")
                .then().body("items.id", equalTo(List.of(id)));
        given().auth().oauth2(sophie()).queryParam("organization", org).when().get("/api/v1/concertations")
                .then().body("items.id", equalTo(List.of(id)));
        given().auth().oauth2(sophie()).queryParam("q", suffix).queryParam("territory", "LAN-MOULINS").queryParam("limit", 1)
                .when().get("/api/v1/concertations").then().body("items", hasSize(1)).body("nextCursor", notNullValue())
                .body("items[0].id", equalTo(other));
        given().auth().oauth2(sophie()).queryParam("status", "SLEEPING").when().get("/api/v1/concertations")
                .then().statusCode(422).body("errors[0].field", equalTo("status"));
    }

    @Test
    void idempotentConcertationCreate() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = table(unique("Idempotente"), "MRC", "LAN-JOLIETTE");
        String first = as(sophie()).header("Idempotency-Key", key).body(body).when().post("/api/v1/concertations")
                .then().statusCode(201).extract().path("id");
        String again = as(sophie()).header("Idempotency-Key", key).body(body).when().post("/api/v1/concertations")
                .then().statusCode(201).header("Idempotent-Replayed", "true").extract().path("id");
        assertEquals(first, again);
        assertEquals(1, data.count("SELECT count(*) FROM concertation WHERE name = ?", body.get("name")));
    }

    // ------------------------------------------------------------------------------------------- the detail

    private long statementsOf(Runnable call) {
        Statistics statistics = emf.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();
        call.run();
        return statistics.getPrepareStatementCount();
    }

    private ValidatableResponse detail(String id) {
        return given().auth().oauth2(sophie()).when().get("/api/v1/concertations/" + id).then().statusCode(200);
    }

    @Test
    void concertationDetailHasMembersOrganizersMeetingsAndPlanInOneCall() {
        String small = joliette();
        member(small, data.organization("CISSS-LAN", "MUNICIPALITY", "LAN-JOLIETTE", "Ville de Joliette " + small), "2024-01-01");
        member(small, data.organization("CISSS-LAN", "SCHOOL", "LAN-JOLIETTE", "École secondaire " + small), "2024-01-01");
        as(sophie()).body(json("organizerId", TestData.MARIE, "role", "FACILITATION")).when()
                .post("/api/v1/concertations/" + small + "/organizers").then().statusCode(201);
        as(sophie()).body(json("objective", "Objectif")).when().post("/api/v1/concertations/" + small + "/action-plan-items").then().statusCode(201);
        as(sophie()).body(json("heldOn", today().toString())).when().post("/api/v1/concertations/" + small + "/meetings").then().statusCode(201);

        String large = joliette();
        for (int i = 0; i < 20; i++) {
            member(large, data.organization("CISSS-LAN", i % 2 == 0 ? "COMMUNITY_ORGANIZATION" : "MUNICIPALITY", "LAN-JOLIETTE",
                    String.format("Organisme %02d %s", i, large)), "2024-01-01");
        }
        for (String organizer : List.of(TestData.MARIE, TestData.JULIEN, TestData.ERIC, TestData.SOPHIE)) {
            as(sophie()).body(json("organizerId", organizer, "role", "MEMBER")).when()
                    .post("/api/v1/concertations/" + large + "/organizers").then().statusCode(201);
        }
        for (int i = 0; i < 12; i++) {
            as(sophie()).body(json("heldOn", today().minusWeeks(i).toString(), "attendance", 10 + i)).when()
                    .post("/api/v1/concertations/" + large + "/meetings").then().statusCode(201);
        }
        for (String state : List.of("PLANNED", "IN_PROGRESS", "IN_PROGRESS", "DONE", "DONE", "ABANDONED")) {
            as(sophie()).body(json("objective", "Objectif " + state, "state", state)).when()
                    .post("/api/v1/concertations/" + large + "/action-plan-items").then().statusCode(201);
        }

        long smallStatements = statementsOf(() -> detail(small).body("members", hasSize(2)));
        long largeStatements = statementsOf(() -> detail(large)
                .body("members", hasSize(20))
                .body("members[0].organizationName", equalTo("Organisme 00 " + large))
                .body("members.organizationTypeCode", hasItems("COMMUNITY_ORGANIZATION", "MUNICIPALITY"))
                .body("organizers", hasSize(4))
                .body("organizers.name", hasItems("Marie Tremblay", "Éric Beaulieu"))
                .body("recentMeetings", hasSize(10))
                .body("recentMeetings[0].heldOn", equalTo(today().toString()))
                .body("meetingCount", equalTo(12))
                .body("actionPlan.items", hasSize(6))
                .body("actionPlan.planned", equalTo(1))
                .body("actionPlan.inProgress", equalTo(2))
                .body("actionPlan.done", equalTo(2))
                .body("actionPlan.abandoned", equalTo(1))
                .body("actionPlan.total", equalTo(6))
                .body("actionPlan.percentDone", equalTo(40)));
        System.out.println("Concertation detail: " + smallStatements + " SQL statements with 2 members, " + largeStatements
                + " with 20 members, 4 organizers, 12 meetings, 6 action-plan items");
        assertEquals(smallStatements, largeStatements, "the detail must cost the same number of queries whatever its size");
        assertTrue(largeStatements <= 5, "the detail must take at most 5 queries, took " + largeStatements);
    }

    @Test
    void demoDetailShowsMunicipalitiesAndSchoolsAmongMembers() {
        detail("40000000-0000-4000-8000-000000000002")
                .body("members.organizationTypeCode", hasItem("MUNICIPALITY"))
                .body("organizers.name", hasItems("Marie Tremblay", "Éric Beaulieu"));
        detail("40000000-0000-4000-8000-000000000003")
                .body("territoryCode", nullValue())
                .body("members.find { it.leftOn != null }.current", equalTo(false));
    }

    // ------------------------------------------------------------------------------------------- members

    @Test
    void memberOfAnotherEstablishmentIsRejected() {
        as(sophie()).body(json("organizationId", TestData.ORG_NIM, "joinedOn", "2025-01-01")).when()
                .post("/api/v1/concertations/" + joliette() + "/members")
                .then().statusCode(422).body("errors[0].field", equalTo("organizationId"));
    }

    @Test
    void memberLeavingBeforeJoiningIsRejected() {
        as(sophie()).body(json("organizationId", TestData.ORG_JOLIETTE, "joinedOn", "2025-01-01", "leftOn", "2024-12-31")).when()
                .post("/api/v1/concertations/" + joliette() + "/members")
                .then().statusCode(422).body("errors[0].field", equalTo("leftOn"));
    }

    @Test
    void overlappingMembershipIsAConflictAndAFormerMemberMayJoinAgain() {
        String id = joliette();
        String membership = member(id, TestData.ORG_JOLIETTE, "2024-01-01");
        as(sophie()).body(json("organizationId", TestData.ORG_JOLIETTE, "joinedOn", "2025-01-01")).when()
                .post("/api/v1/concertations/" + id + "/members").then().statusCode(409).contentType("application/problem+json");
        as(sophie()).header("If-Match", "\"0\"")
                .body(json("organizationId", TestData.ORG_JOLIETTE, "role", "Membre", "joinedOn", "2024-01-01", "leftOn", "2024-12-31"))
                .when().put("/api/v1/concertations/" + id + "/members/" + membership)
                .then().statusCode(200).body("leftOn", equalTo("2024-12-31")).body("current", equalTo(false)).body("version", equalTo(1));
        member(id, TestData.ORG_JOLIETTE, "2025-06-01");
        detail(id).body("members", hasSize(2)).body("members[0].current", equalTo(true));
    }

    @Test
    void subResourceChangesNeedTheirVersion() {
        String id = joliette();
        String membership = member(id, TestData.ORG_SCHOOL, "2024-01-01");
        Map<String, Object> change = json("organizationId", TestData.ORG_SCHOOL, "role", "Observateur", "joinedOn", "2024-01-01");
        as(sophie()).body(change).when().put("/api/v1/concertations/" + id + "/members/" + membership).then().statusCode(428);
        as(sophie()).header("If-Match", "\"0\"").body(change).when().put("/api/v1/concertations/" + id + "/members/" + membership)
                .then().statusCode(200).header("ETag", "\"1\"");
        as(sophie()).header("If-Match", "\"0\"").body(change).when().put("/api/v1/concertations/" + id + "/members/" + membership)
                .then().statusCode(412);
        given().auth().oauth2(sophie()).header("If-Match", "\"0\"").when().delete("/api/v1/concertations/" + id + "/members/" + membership)
                .then().statusCode(412);
    }

    // ------------------------------------------------------------------------------------------- organizers

    @Test
    void supportingOrganizerTwiceIsAConflictAndOfAnotherEstablishmentIsRejected() {
        String id = joliette();
        as(sophie()).body(json("organizerId", TestData.ERIC, "role", "ADVICE")).when().post("/api/v1/concertations/" + id + "/organizers")
                .then().statusCode(201);
        as(sophie()).body(json("organizerId", TestData.ERIC, "role", "MEMBER")).when().post("/api/v1/concertations/" + id + "/organizers")
                .then().statusCode(409);
        as(sophie()).body(json("organizerId", TestData.AMELIE, "role", "MEMBER")).when().post("/api/v1/concertations/" + id + "/organizers")
                .then().statusCode(422).body("errors[0].field", equalTo("organizerId"));
        as(sophie()).body(json("organizerId", TestData.JULIEN, "role", "CHEERLEADER")).when().post("/api/v1/concertations/" + id + "/organizers")
                .then().statusCode(422).body("errors[0].field", equalTo("role"));
    }

    // ------------------------------------------------------------------------------------------- meetings and plan

    @Test
    void meetingsAreListedLatestFirstAndPaged() {
        String id = joliette();
        for (int i = 0; i < 3; i++) {
            as(sophie()).body(json("heldOn", today().minusDays(i * 10L).toString(), "place", "Salle " + i)).when()
                    .post("/api/v1/concertations/" + id + "/meetings").then().statusCode(201);
        }
        String cursor = given().auth().oauth2(sophie()).queryParam("limit", 2).when().get("/api/v1/concertations/" + id + "/meetings")
                .then().statusCode(200).body("items.place", equalTo(List.of("Salle 0", "Salle 1"))).extract().path("nextCursor");
        given().auth().oauth2(sophie()).queryParam("limit", 2).queryParam("cursor", cursor).when().get("/api/v1/concertations/" + id + "/meetings")
                .then().body("items.place", equalTo(List.of("Salle 2"))).body("nextCursor", nullValue());
        as(sophie()).body(json("heldOn", today().toString(), "attendance", -1)).when().post("/api/v1/concertations/" + id + "/meetings")
                .then().statusCode(422).body("errors[0].field", equalTo("attendance"));
    }

    @Test
    void actionPlanItemsMoveThroughTheirStates() {
        String id = joliette();
        String item = as(sophie()).body(json("objective", "Cartographier l'offre", "dueOn", "2027-03-31")).when()
                .post("/api/v1/concertations/" + id + "/action-plan-items")
                .then().statusCode(201).body("state", equalTo("PLANNED")).body("position", equalTo(1)).extract().path("id");
        as(sophie()).body(json("objective", "Deuxième")).when().post("/api/v1/concertations/" + id + "/action-plan-items")
                .then().statusCode(201).body("position", equalTo(2));
        as(sophie()).header("If-Match", "\"0\"").body(json("objective", "Cartographier l'offre", "state", "DONE", "position", 1))
                .when().put("/api/v1/concertations/" + id + "/action-plan-items/" + item).then().statusCode(200).body("state", equalTo("DONE"));
        detail(id).body("actionPlan.done", equalTo(1)).body("actionPlan.planned", equalTo(1)).body("actionPlan.percentDone", equalTo(50));
        as(sophie()).body(json("objective", " ")).when().post("/api/v1/concertations/" + id + "/action-plan-items")
                .then().statusCode(422).body("errors[0].field", equalTo("objective"));
    }

    @Test
    void subResourceChangeMarksTheConcertationAsUpdated() {
        String id = joliette();
        String before = detail(id).extract().path("updatedAt");
        OffsetDateTime since = OffsetDateTime.parse(before).plusNanos(1000);
        as(sophie()).body(json("heldOn", today().toString())).when().post("/api/v1/concertations/" + id + "/meetings").then().statusCode(201);
        SyncClient.settle();
        given().auth().oauth2(sophie()).queryParam("updatedSince", since.toString()).queryParam("limit", 200).when().get("/api/v1/concertations")
                .then().statusCode(200).body("items.id", hasItem(id));
    }

    // ------------------------------------------------------------------------------------------- audit

    @Test
    void everyKindOfWriteIsAudited() {
        String id = joliette();
        String base = "/api/v1/concertations/" + id;
        as(sophie()).header("If-Match", "\"0\"").body(table(unique("Table auditée"), "MRC", "LAN-JOLIETTE")).when().put(base).then().statusCode(200);

        String membership = member(id, TestData.ORG_JOLIETTE, "2024-01-01");
        as(sophie()).header("If-Match", "\"0\"").body(json("organizationId", TestData.ORG_JOLIETTE, "role", "Fiduciaire", "joinedOn", "2024-01-01"))
                .when().put(base + "/members/" + membership).then().statusCode(200);
        given().auth().oauth2(sophie()).when().delete(base + "/members/" + membership).then().statusCode(204);

        as(sophie()).body(json("organizerId", TestData.MARIE, "role", "ADVICE")).when().post(base + "/organizers").then().statusCode(201);
        as(sophie()).header("If-Match", "\"0\"").body(json("role", "COORDINATION")).when().put(base + "/organizers/" + TestData.MARIE)
                .then().statusCode(200).body("role", equalTo("COORDINATION"));
        given().auth().oauth2(sophie()).when().delete(base + "/organizers/" + TestData.MARIE).then().statusCode(204);

        String meeting = as(sophie()).body(json("heldOn", today().toString())).when().post(base + "/meetings").then().statusCode(201).extract().path("id");
        as(sophie()).header("If-Match", "\"0\"").body(json("heldOn", today().toString(), "attendance", 8)).when().put(base + "/meetings/" + meeting)
                .then().statusCode(200).body("attendance", equalTo(8));
        given().auth().oauth2(sophie()).when().delete(base + "/meetings/" + meeting).then().statusCode(204);

        String item = as(sophie()).body(json("objective", "Objectif")).when().post(base + "/action-plan-items").then().statusCode(201).extract().path("id");
        as(sophie()).header("If-Match", "\"0\"").body(json("objective", "Objectif", "state", "IN_PROGRESS")).when().put(base + "/action-plan-items/" + item)
                .then().statusCode(200);
        given().auth().oauth2(sophie()).when().delete(base + "/action-plan-items/" + item).then().statusCode(204);

        List<String> crud = List.of("CREATE", "UPDATE", "DELETE");
        assertEquals(List.of("CREATE", "UPDATE"), data.auditActions("concertation", id));
        assertEquals(crud, data.auditActions("concertation-member", membership));
        assertEquals(crud, data.auditActions("concertation-organizer", id + "/" + TestData.MARIE));
        assertEquals(crud, data.auditActions("concertation-meeting", meeting));
        assertEquals(crud, data.auditActions("action-plan-item", item));
        detail(id).body("members", hasSize(0)).body("organizers", hasSize(0)).body("meetingCount", equalTo(0));
    }
}
