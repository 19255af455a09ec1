package quebec.maillon.activity;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static quebec.maillon.support.Api.activity;
import static quebec.maillon.support.Api.as;
import static quebec.maillon.support.Api.createActivity;
import static quebec.maillon.support.Api.createIntervention;
import static quebec.maillon.support.Api.intervention;
import static quebec.maillon.support.Api.json;
import static quebec.maillon.support.Api.today;
import static quebec.maillon.support.Api.unique;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import quebec.maillon.support.Api;
import quebec.maillon.support.TestData;
import quebec.maillon.support.Tokens;

@QuarkusTest
class ActivityResourceTest {

    @Inject
    TestData data;

    private static String sophie() {
        return Tokens.sophie();
    }

    private static String julien() {
        return Tokens.person("julien.gagnon", "Julien Gagnon", "organizer", "CISSS-LAN", List.of("LAN-LASSOMPTION", "LAN-MOULINS")).sign();
    }

    private static String integration() {
        return Tokens.client("maillon-integration-lan", "integration", "CISSS-LAN");
    }

    /** An active intervention of Joliette led by Marie. */
    private static String joliette() {
        return createIntervention(sophie(), intervention(unique("Journal"), "LAN-JOLIETTE", TestData.MARIE));
    }

    private static String firstField(Map<String, Object> body) {
        return as(sophie()).body(body).when().post("/api/v1/activities")
                .then().statusCode(422).contentType("application/problem+json").extract().path("errors[0].field");
    }

    // ------------------------------------------------------------------------------------------- recording

    @Test
    void organizerRecordsTheirOwnActivity() {
        String intervention = joliette();
        Map<String, Object> body = activity(intervention, today(), 90);
        body.put("acts", List.of("FACILITATE", "WRITE"));
        String id = as(Tokens.marie()).body(body).when().post("/api/v1/activities")
                .then().statusCode(201)
                .header("Location", containsString("/api/v1/activities/"))
                .header("ETag", notNullValue())
                .body("organizer.id", equalTo(TestData.MARIE))
                .body("organizer.name", equalTo("Marie Tremblay"))
                .body("durationMinutes", equalTo(90))
                .body("acts", hasItems("FACILITATE", "WRITE"))
                .body("interventionId", equalTo(intervention))
                .body("parentName", containsString("Journal"))
                .extract().path("id");
        given().auth().oauth2(Tokens.marie()).when().get("/api/v1/activities/" + id).then().statusCode(200).body("id", equalTo(id));
        assertEquals(List.of("CREATE"), data.auditActions("activity", id));
    }

    @Test
    void theAnswerOfACreateIsWhatAReadGives() {
        // The answer of a create is built from the transaction's own entities (no statement): it must be the very DTO a
        // read of the stored activity gives, for either parent, when a manager records for someone else, and on replay.
        String intervention = joliette();
        String concertation = as(sophie()).body(json("name", unique("Table"), "kindCode", "THEMATIC_TABLE", "scope", "MRC",
                "territoryCode", "LAN-JOLIETTE")).when().post("/api/v1/concertations").then().statusCode(201).extract().path("id");
        for (String path : List.of("/api/v1/interventions/" + intervention + "/activities",
                "/api/v1/concertations/" + concertation + "/activities")) {
            Map<String, Object> body = activity(null, today(), 45);
            body.put("acts", List.of("WRITE", "FACILITATE", "LIAISE"));
            body.put("organizerId", TestData.MARIE);
            String key = UUID.randomUUID().toString();
            Map<String, Object> created = as(sophie()).header("Idempotency-Key", key).body(body).when().post(path)
                    .then().statusCode(201).extract().jsonPath().getMap("$");
            Map<String, Object> read = given().auth().oauth2(sophie()).when().get("/api/v1/activities/" + created.get("id"))
                    .then().statusCode(200).extract().jsonPath().getMap("$");
            assertEquals(read, created);
            assertEquals(List.of("FACILITATE", "LIAISE", "WRITE"), created.get("acts"));
            assertEquals("Marie Tremblay", ((Map<?, ?>) created.get("organizer")).get("name"));
            Map<String, Object> replayed = as(sophie()).header("Idempotency-Key", key).body(body).when().post(path)
                    .then().statusCode(201).header("Idempotent-Replayed", "true").extract().jsonPath().getMap("$");
            assertEquals(read, replayed);
        }
    }

    @Test
    void zeroOrNegativeDurationIsRejected() {
        String intervention = joliette();
        assertEquals("durationMinutes", firstField(activity(intervention, today(), 0)));
        assertEquals("durationMinutes", firstField(activity(intervention, today(), -30)));
    }

    @Test
    void durationLongerThanADayIsRejected() {
        assertEquals("durationMinutes", firstField(activity(joliette(), today(), 1441)));
    }

    @Test
    void activityInTheFutureIsRejected() {
        as(sophie()).body(activity(joliette(), today().plusDays(1), 60)).when().post("/api/v1/activities")
                .then().statusCode(422).body("errors[0].field", equalTo("occurredOn"))
                .body("errors[0].message", containsString("future"));
    }

    @Test
    void activityWithoutActIsRejected() {
        Map<String, Object> none = activity(joliette(), today(), 60);
        none.put("acts", List.of());
        assertEquals("acts", firstField(none));
        none.remove("acts");
        assertEquals("acts", firstField(none));
    }

    @Test
    void unknownActIsRejectedNamingIt() {
        Map<String, Object> body = activity(joliette(), today(), 60);
        body.put("acts", List.of("FACILITATE", "DANCE"));
        assertEquals("acts[1]", firstField(body));
    }

    @Test
    void activityWithBothParentsIsRejected() {
        Map<String, Object> body = activity(joliette(), today(), 60);
        body.put("concertationId", TestData.CONCERTATION_JOLIETTE);
        as(sophie()).body(body).when().post("/api/v1/activities")
                .then().statusCode(422).body("errors.field", hasItems("interventionId", "concertationId"))
                .body("errors[0].message", containsString("not both"));
    }

    @Test
    void activityWithNoParentIsRejected() {
        Map<String, Object> body = activity(null, today(), 60);
        as(sophie()).body(body).when().post("/api/v1/activities")
                .then().statusCode(422).body("errors.field", hasItems("interventionId", "concertationId"));
    }

    @Test
    void activityOnAnotherEstablishmentsInterventionIsRejectedNamingTheField() {
        assertEquals("interventionId", firstField(activity(TestData.INTERVENTION_NIM, today(), 60)));
        Map<String, Object> onConcertation = activity(null, today(), 60);
        onConcertation.put("concertationId", TestData.CONCERTATION_NIM);
        assertEquals("concertationId", firstField(onConcertation));
    }

    @Test
    void activityOnClosedInterventionIsAConflict() {
        String intervention = joliette();
        String activityId = createActivity(sophie(), activity(intervention, today(), 60));
        as(sophie()).body(json("to", "CLOSED", "closingSummary", "Bilan.")).when().post("/api/v1/interventions/" + intervention + "/transitions")
                .then().statusCode(200);
        as(sophie()).body(activity(intervention, today(), 30)).when().post("/api/v1/activities")
                .then().statusCode(409).contentType("application/problem+json").body("detail", containsString("closed"));
        as(sophie()).header("If-Match", "\"0\"").body(activity(intervention, today(), 45)).when().put("/api/v1/activities/" + activityId)
                .then().statusCode(409);
        given().auth().oauth2(sophie()).when().delete("/api/v1/activities/" + activityId).then().statusCode(409);
    }

    @Test
    void activityOnClosedConcertationIsAConflict() {
        String concertation = as(sophie()).body(json("name", unique("Table fermée"), "kindCode", "THEMATIC_TABLE", "scope", "MRC",
                "territoryCode", "LAN-JOLIETTE", "status", "CLOSED")).when().post("/api/v1/concertations")
                .then().statusCode(201).extract().path("id");
        Map<String, Object> body = activity(null, today(), 60);
        body.put("concertationId", concertation);
        as(sophie()).body(body).when().post("/api/v1/activities").then().statusCode(409);
    }

    // ------------------------------------------------------------------------------------------- who records

    @Test
    void organizerCannotRecordForAnotherOrganizer() {
        Map<String, Object> body = activity(joliette(), today(), 60);
        body.put("organizerId", TestData.ERIC);
        as(Tokens.marie()).body(body).when().post("/api/v1/activities").then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void organizerCannotRecordOnAnInterventionOutsideTheirTerritoriesUnlessAssigned() {
        String intervention = joliette();
        as(julien()).body(activity(intervention, today(), 60)).when().post("/api/v1/activities").then().statusCode(403);
        Map<String, Object> withJulien = intervention(unique("Avec Julien"), "LAN-JOLIETTE", TestData.MARIE);
        withJulien.put("coOrganizerIds", List.of(TestData.JULIEN));
        String assigned = createIntervention(sophie(), withJulien);
        createActivity(julien(), activity(assigned, today(), 60));
    }

    @Test
    void managerRecordsForAnotherOrganizer() {
        Map<String, Object> body = activity(joliette(), today(), 60);
        body.put("organizerId", TestData.ERIC);
        as(sophie()).body(body).when().post("/api/v1/activities")
                .then().statusCode(201).body("organizer.name", equalTo("Éric Beaulieu"));
    }

    @Test
    void integrationMustNameTheOrganizer() {
        String intervention = joliette();
        as(integration()).body(activity(intervention, today(), 60)).when().post("/api/v1/activities")
                .then().statusCode(422).body("errors[0].field", equalTo("organizerId"));
        Map<String, Object> named = activity(intervention, today(), 60);
        named.put("organizerId", TestData.MARIE);
        as(integration()).body(named).when().post("/api/v1/activities").then().statusCode(201).body("organizer.id", equalTo(TestData.MARIE));
    }

    @Test
    void organizerOfAnotherEstablishmentIsRejectedNamingTheField() {
        Map<String, Object> body = activity(joliette(), today(), 60);
        body.put("organizerId", TestData.AMELIE);
        assertEquals("organizerId", firstField(body));
    }

    @Test
    void adminReadsOnlyAndReportingIsForbidden() {
        String admin = Tokens.forRole("admin", "CISSS-LAN");
        given().auth().oauth2(admin).when().get("/api/v1/activities").then().statusCode(200);
        as(admin).body(activity(joliette(), today(), 60)).when().post("/api/v1/activities").then().statusCode(403);
        String reporting = Tokens.client("maillon-reporting-lan", "reporting", "CISSS-LAN");
        given().auth().oauth2(reporting).when().get("/api/v1/activities").then().statusCode(403);
        given().auth().oauth2(reporting).when().get("/api/v1/activities/timesheet").then().statusCode(403);
    }

    @Test
    void anotherEstablishmentsActivityIsNotFound() {
        given().auth().oauth2(sophie()).when().get("/api/v1/activities/50000000-0000-4000-8000-000000000041").then().statusCode(404);
        given().auth().oauth2(Tokens.amelie()).when().get("/api/v1/activities/50000000-0000-4000-8000-000000000001").then().statusCode(404);
        as(Tokens.amelie()).header("If-Match", "\"0\"").body(activity(TestData.INTERVENTION_NIM, today(), 30))
                .when().put("/api/v1/activities/50000000-0000-4000-8000-000000000001").then().statusCode(404);
    }

    // ------------------------------------------------------------------------------------------- changing

    @Test
    void organizerCannotEditAnotherOrganizersActivity() {
        Map<String, Object> withJulien = intervention(unique("Partagée"), "LAN-JOLIETTE", TestData.MARIE);
        withJulien.put("coOrganizerIds", List.of(TestData.JULIEN));
        String intervention = createIntervention(sophie(), withJulien);
        String maries = createActivity(Tokens.marie(), activity(intervention, today(), 60));
        String etag = Api.etag(julien(), "/api/v1/activities/" + maries);
        as(julien()).header("If-Match", etag).body(activity(intervention, today(), 120)).when().put("/api/v1/activities/" + maries)
                .then().statusCode(403).body("detail", containsString("only their own"));
        given().auth().oauth2(julien()).when().delete("/api/v1/activities/" + maries).then().statusCode(403);
        as(sophie()).header("If-Match", etag).body(activity(intervention, today(), 120)).when().put("/api/v1/activities/" + maries)
                .then().statusCode(200).body("durationMinutes", equalTo(120)).body("organizer.id", equalTo(TestData.MARIE));
    }

    @Test
    void organizerChangesTheirOwnActivityWithTheCurrentEtag() {
        String intervention = joliette();
        String id = createActivity(Tokens.marie(), activity(intervention, today(), 60));
        Map<String, Object> change = activity(intervention, today().minusDays(1), 75);
        change.put("acts", List.of("WRITE"));
        as(Tokens.marie()).body(change).when().put("/api/v1/activities/" + id).then().statusCode(428);
        String etag = Api.etag(Tokens.marie(), "/api/v1/activities/" + id);
        as(Tokens.marie()).header("If-Match", etag).body(change).when().put("/api/v1/activities/" + id)
                .then().statusCode(200).body("durationMinutes", equalTo(75)).body("acts", equalTo(List.of("WRITE")));
        as(Tokens.marie()).header("If-Match", etag).body(change).when().put("/api/v1/activities/" + id).then().statusCode(412);
        assertEquals(List.of("CREATE", "UPDATE"), data.auditActions("activity", id));
    }

    @Test
    void deletingAnActivityIsARealDeleteAndAudited() {
        String id = createActivity(Tokens.marie(), activity(joliette(), today(), 60));
        given().auth().oauth2(Tokens.marie()).when().delete("/api/v1/activities/" + id).then().statusCode(204);
        given().auth().oauth2(Tokens.marie()).when().get("/api/v1/activities/" + id).then().statusCode(404);
        assertEquals(0, data.count("SELECT count(*) FROM activity WHERE id = ?", UUID.fromString(id)));
        assertEquals(List.of("CREATE", "DELETE"), data.auditActions("activity", id));
        assertEquals(1, data.count("SELECT count(*) FROM audit_entry WHERE record_id = ? AND action = 'DELETE' "
                + "AND changes -> 'durationMinutes' ->> 'old' = '60'", id));
    }

    // ------------------------------------------------------------------------------------------- idempotency

    @Test
    void idempotentActivityCreate() {
        String intervention = joliette();
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = activity(intervention, today(), 35);
        String first = as(sophie()).header("Idempotency-Key", key).body(body).when().post("/api/v1/activities")
                .then().statusCode(201).extract().path("id");
        String again = as(sophie()).header("Idempotency-Key", key).body(body).when().post("/api/v1/activities")
                .then().statusCode(201).header("Idempotent-Replayed", "true").extract().path("id");
        assertEquals(first, again);
        assertEquals(1, data.count("SELECT count(*) FROM activity WHERE intervention_id = ?", UUID.fromString(intervention)));
    }

    @Test
    void aKeyOfARefusedCreateStaysFree() {
        // The key is reserved, with the id of the record to come, in the create's transaction: a create refused after
        // the reservation (422 from the service's own checks) leaves no trace of the key, and a corrected retry with it
        // records the activity once.
        String intervention = joliette();
        String key = UUID.randomUUID().toString();
        as(sophie()).header("Idempotency-Key", key).body(activity(intervention, today().plusDays(1), 35))
                .when().post("/api/v1/interventions/" + intervention + "/activities")
                .then().statusCode(422).body("errors[0].field", equalTo("occurredOn"));
        assertEquals(0, data.count("SELECT count(*) FROM idempotency_record WHERE idempotency_key = ?", key));
        Map<String, Object> corrected = activity(intervention, today(), 35);
        String id = as(sophie()).header("Idempotency-Key", key).body(corrected)
                .when().post("/api/v1/interventions/" + intervention + "/activities")
                .then().statusCode(201).header("Idempotent-Replayed", nullValue()).extract().path("id");
        as(sophie()).header("Idempotency-Key", key).body(corrected)
                .when().post("/api/v1/interventions/" + intervention + "/activities")
                .then().statusCode(201).header("Idempotent-Replayed", "true").body("id", equalTo(id))
                .body("durationMinutes", equalTo(35)).body("acts", hasItem("FACILITATE"));
        assertEquals(1, data.count("SELECT count(*) FROM activity WHERE intervention_id = ?", UUID.fromString(intervention)));
        assertEquals(1, data.count("SELECT count(*) FROM idempotency_record WHERE idempotency_key = ? AND status = 201 "
                + "AND resource_id = ?", key, id));
    }

    @Test
    void concurrentRequestsWithOneKeyRecordOneActivity() throws Exception {
        String intervention = joliette();
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = activity(intervention, today(), 25);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<CompletableFuture<String>> calls = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            calls.add(CompletableFuture.supplyAsync(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return as(sophie()).header("Idempotency-Key", key).body(body)
                        .when().post("/api/v1/interventions/" + intervention + "/activities")
                        .then().statusCode(201).extract().path("id");
            }, pool));
        }
        start.countDown();
        Set<String> ids = new HashSet<>();
        try {
            for (CompletableFuture<String> call : calls) {
                ids.add(call.get(60, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, ids.size());
        assertEquals(1, data.count("SELECT count(*) FROM activity WHERE intervention_id = ?", UUID.fromString(intervention)));
        assertEquals(List.of("CREATE"), data.auditActions("activity", ids.iterator().next()));
    }

    // ------------------------------------------------------------------------------------------- nested routes

    @Test
    void nestedRoutesRecordOnTheParentOfThePath() {
        String intervention = joliette();
        Map<String, Object> body = activity(null, today(), 50);
        as(sophie()).body(body).when().post("/api/v1/interventions/" + intervention + "/activities")
                .then().statusCode(201).body("interventionId", equalTo(intervention));
        Map<String, Object> mismatch = activity(UUID.randomUUID().toString(), today(), 50);
        as(sophie()).body(mismatch).when().post("/api/v1/interventions/" + intervention + "/activities")
                .then().statusCode(422).body("errors[0].field", equalTo("interventionId"));
        given().auth().oauth2(sophie()).when().get("/api/v1/interventions/" + intervention + "/activities")
                .then().statusCode(200).body("items", hasSize(1)).body("totalMinutes", equalTo(50));

        String concertation = as(sophie()).body(json("name", unique("Table"), "kindCode", "THEMATIC_TABLE", "scope", "MRC",
                "territoryCode", "LAN-JOLIETTE")).when().post("/api/v1/concertations").then().statusCode(201).extract().path("id");
        as(sophie()).body(activity(null, today(), 40)).when().post("/api/v1/concertations/" + concertation + "/activities")
                .then().statusCode(201).body("concertationId", equalTo(concertation)).body("interventionId", equalTo(null));
        Map<String, Object> both = activity(intervention, today(), 40);
        as(sophie()).body(both).when().post("/api/v1/concertations/" + concertation + "/activities")
                .then().statusCode(422).body("errors.field", hasItems("interventionId", "concertationId"));
        given().auth().oauth2(sophie()).when().get("/api/v1/concertations/" + concertation + "/activities")
                .then().statusCode(200).body("items", hasSize(1)).body("totalMinutes", equalTo(40));
    }

    @Test
    void nestedRouteOfAnotherEstablishmentIsNotFound() {
        as(sophie()).body(activity(null, today(), 30)).when().post("/api/v1/interventions/" + TestData.INTERVENTION_NIM + "/activities")
                .then().statusCode(404);
        given().auth().oauth2(sophie()).when().get("/api/v1/concertations/" + TestData.CONCERTATION_NIM + "/activities").then().statusCode(404);
    }

    // ------------------------------------------------------------------------------------------- weeks

    /** A new organizer of Joliette (their own directory entry), so that their week holds only this test's activities. */
    private static String newOrganizer() {
        String username = "oc." + UUID.randomUUID().toString().substring(0, 8);
        return Tokens.person(username, "Test " + username, "organizer", "CISSS-LAN", List.of("LAN-JOLIETTE")).sign();
    }

    @Test
    void listByOrganizerAndDatesGivesTotalMinutes() {
        String token = newOrganizer();
        String me = given().auth().oauth2(token).when().get("/api/v1/me").then().extract().path("organizerId");
        String intervention = joliette();
        LocalDate monday = today().minusWeeks(2).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        createActivity(token, activity(intervention, monday, 60));
        createActivity(token, activity(intervention, monday.plusDays(2), 90));
        createActivity(token, activity(intervention, monday.plusDays(8), 45));
        given().auth().oauth2(sophie()).queryParam("organizer", me).queryParam("from", monday.toString())
                .queryParam("to", monday.plusDays(6).toString()).queryParam("limit", 1)
                .when().get("/api/v1/activities")
                .then().statusCode(200).body("items", hasSize(1)).body("totalMinutes", equalTo(150)).body("nextCursor", notNullValue())
                .body("items[0].occurredOn", equalTo(monday.plusDays(2).toString()));
        given().auth().oauth2(sophie()).queryParam("organizer", me).queryParam("act", "WRITE").when().get("/api/v1/activities")
                .then().body("items", hasSize(0)).body("totalMinutes", equalTo(0));
    }

    @Test
    void timesheetTotalsMinutesPerDay() {
        String token = newOrganizer();
        String me = given().auth().oauth2(token).when().get("/api/v1/me").then().extract().path("organizerId");
        String intervention = joliette();
        LocalDate monday = today().minusWeeks(2).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        createActivity(token, activity(intervention, monday, 60));
        createActivity(token, activity(intervention, monday, 30));
        createActivity(token, activity(intervention, monday.plusDays(3), 240));
        createActivity(token, activity(intervention, monday.plusDays(7), 15));
        given().auth().oauth2(token).queryParam("from", monday.toString()).queryParam("to", monday.plusDays(6).toString())
                .when().get("/api/v1/activities/timesheet")
                .then().statusCode(200)
                .body("organizer.id", equalTo(me))
                .body("totalMinutes", equalTo(330))
                .body("activityCount", equalTo(3))
                .body("days", hasSize(7))
                .body("days[0].date", equalTo(monday.toString()))
                .body("days[0].minutes", equalTo(90))
                .body("days[0].activityCount", equalTo(2))
                .body("days[1].minutes", equalTo(0))
                .body("days[3].minutes", equalTo(240));
        given().auth().oauth2(sophie()).queryParam("organizer", me).queryParam("from", monday.toString())
                .when().get("/api/v1/activities/timesheet")
                .then().statusCode(200).body("to", equalTo(monday.plusDays(6).toString())).body("totalMinutes", equalTo(330));
    }

    @Test
    void timesheetDefaultsToTheCallersCurrentWeek() {
        LocalDate monday = today().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        given().auth().oauth2(Tokens.marie()).when().get("/api/v1/activities/timesheet")
                .then().statusCode(200).body("organizer.id", equalTo(TestData.MARIE))
                .body("from", equalTo(monday.toString())).body("days", hasSize(7));
    }

    @Test
    void timesheetPeriodIsLimitedAndItsOrganizerMustBeOfTheEstablishment() {
        given().auth().oauth2(sophie()).queryParam("from", "2025-01-01").queryParam("to", "2026-06-30")
                .when().get("/api/v1/activities/timesheet").then().statusCode(422).body("errors[0].field", equalTo("to"));
        given().auth().oauth2(sophie()).queryParam("organizer", TestData.AMELIE)
                .when().get("/api/v1/activities/timesheet").then().statusCode(422).body("errors[0].field", equalTo("organizer"));
        given().auth().oauth2(integration()).when().get("/api/v1/activities/timesheet")
                .then().statusCode(422).body("errors[0].field", equalTo("organizer"));
    }

    @Test
    void demoJournalCoversBothFinancialYears() {
        LocalDate currentYear = today().getMonthValue() >= 4 ? LocalDate.of(today().getYear(), 4, 1) : LocalDate.of(today().getYear() - 1, 4, 1);
        given().auth().oauth2(sophie()).queryParam("organizer", TestData.MARIE).queryParam("from", currentYear.minusYears(1).toString())
                .queryParam("to", currentYear.minusDays(1).toString()).queryParam("limit", 200)
                .when().get("/api/v1/activities").then().statusCode(200)
                .body("items.id", hasItem("50000000-0000-4000-8000-000000000004"));
        given().auth().oauth2(sophie()).queryParam("organizer", TestData.MARIE).queryParam("from", currentYear.toString())
                .queryParam("limit", 200).when().get("/api/v1/activities").then().statusCode(200)
                .body("items.id", hasItem("50000000-0000-4000-8000-000000000001"));
    }
}
