package quebec.maillon.intervention;

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
import static org.junit.jupiter.api.Assertions.assertNotEquals;
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
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import quebec.maillon.support.Api;
import quebec.maillon.support.SyncClient;
import quebec.maillon.support.TestData;
import quebec.maillon.support.Tokens;

@QuarkusTest
class InterventionResourceTest {

    @Inject
    TestData data;

    private static String sophie() {
        return Tokens.sophie();
    }

    private static String integration() {
        return Tokens.client("maillon-integration-lan", "integration", "CISSS-LAN");
    }

    /** An active intervention of Joliette led by Marie, with one activity (so that it can be closed). */
    private String closableIntervention() {
        String id = createIntervention(sophie(), intervention(unique("Fermable"), "LAN-JOLIETTE", TestData.MARIE));
        createActivity(sophie(), activity(id, today().minusDays(1), 60));
        return id;
    }

    private static Map<String, Object> close(String summary) {
        return json("to", "CLOSED", "note", "Fin.", "closingSummary", summary);
    }

    // ------------------------------------------------------------------------------------------- opening

    @Test
    void managerOpensAnInterventionDirectlyWithItsReferences() {
        String title = unique("Déploiement École en santé");
        Map<String, Object> body = json("title", title, "territoryCode", "LAN-MATAWINIE",
                "leadOrganizerId", TestData.MARIE, "coOrganizerIds", List.of(TestData.ERIC),
                "serviceOfferCode", "GOVERNMENT_PROGRAMS", "axisCode", "PUBLIC_HEALTH_PROGRAMS",
                "types", List.of("AWARENESS", "CONCERTATION_MOBILIZATION"), "determinants", List.of("EDUCATION"),
                "populations", List.of("YOUTH", "FAMILIES"),
                "organizationIds", List.of(TestData.ORG_MUNICIPALITY, TestData.ORG_SCHOOL),
                "concertationId", TestData.CONCERTATION_JOLIETTE, "status", "PLANNED");
        String id = as(sophie()).body(body).when().post("/api/v1/interventions")
                .then().statusCode(201)
                .header("Location", containsString("/api/v1/interventions/"))
                .header("ETag", notNullValue())
                .body("status", equalTo("PLANNED"))
                .body("openedOn", equalTo(today().toString()))
                .body("leadOrganizer.name", equalTo("Marie Tremblay"))
                .body("coOrganizers.name", hasItem("Éric Beaulieu"))
                .body("organizations.typeCode", hasItems("MUNICIPALITY", "SCHOOL"))
                .body("types", hasSize(2))
                .extract().path("id");
        given().auth().oauth2(sophie()).when().get("/api/v1/interventions/" + id)
                .then().statusCode(200).body("title", equalTo(title)).body("concertationId", equalTo(TestData.CONCERTATION_JOLIETTE));
        given().auth().oauth2(sophie()).when().get("/api/v1/interventions/" + id + "/history")
                .then().statusCode(200).body("items", hasSize(1))
                .body("items[0].fromStatus", nullValue()).body("items[0].toStatus", equalTo("PLANNED"))
                .body("items[0].actorName", equalTo("Sophie Lavoie"));
    }

    @Test
    void leadOrganizerDefaultsToTheCaller() {
        String id = createIntervention(Tokens.marie(), json("title", unique("Sans responsable"), "territoryCode", "LAN-JOLIETTE",
                "serviceOfferCode", "ORGANIZATION_SUPPORT"));
        given().auth().oauth2(Tokens.marie()).when().get("/api/v1/interventions/" + id)
                .then().body("leadOrganizer.id", equalTo(TestData.MARIE)).body("status", equalTo("ACTIVE"));
    }

    @Test
    void openingAsOnHoldOrClosedIsRejected() {
        Map<String, Object> body = intervention(unique("Statut"), "LAN-JOLIETTE", TestData.MARIE);
        body.put("status", "CLOSED");
        as(sophie()).body(body).when().post("/api/v1/interventions")
                .then().statusCode(422).body("errors.field", hasItem("status"));
    }

    @Test
    void invalidInputNamesEachField() {
        Map<String, Object> body = json("title", " ", "territoryCode", "LAN-JOLIETTE", "serviceOfferCode", "ORGANIZATION_SUPPORT");
        as(sophie()).body(body).when().post("/api/v1/interventions")
                .then().statusCode(422).contentType("application/problem+json").body("errors.field", hasItem("title"));
        Map<String, Object> codes = json("title", "Codes", "territoryCode", "NIM-AMN", "leadOrganizerId", TestData.MARIE,
                "serviceOfferCode", "COOKING", "axisCode", "NOPE", "types", List.of("AWARENESS", "JUGGLING"),
                "determinants", List.of("WEATHER"), "populations", List.of("ALIENS"),
                "openedOn", today().plusDays(3).toString());
        as(sophie()).body(codes).when().post("/api/v1/interventions")
                .then().statusCode(422)
                .body("errors.field", hasItems("territoryCode", "serviceOfferCode", "axisCode", "types[1]", "determinants[0]",
                        "populations[0]", "openedOn"))
                .body("errors.field", not(hasItem("types[0]")));
    }

    @Test
    void anotherEstablishmentsReferencesAreRejectedNamingTheField() {
        Map<String, Object> body = intervention(unique("Références"), "LAN-JOLIETTE", TestData.MARIE);
        body.put("organizationIds", List.of(TestData.ORG_JOLIETTE, TestData.ORG_NIM));
        body.put("coOrganizerIds", List.of(TestData.AMELIE));
        body.put("concertationId", TestData.CONCERTATION_NIM);
        as(sophie()).body(body).when().post("/api/v1/interventions")
                .then().statusCode(422)
                .body("errors.field", hasItems("organizationIds[1]", "coOrganizerIds[0]", "concertationId"))
                .body("errors.field", not(hasItem("organizationIds[0]")));
        Map<String, Object> lead = intervention(unique("Responsable"), "LAN-JOLIETTE", TestData.AMELIE);
        as(sophie()).body(lead).when().post("/api/v1/interventions")
                .then().statusCode(422).body("errors[0].field", equalTo("leadOrganizerId"));
    }

    @Test
    void organizerOpensInTheirTerritoriesOrWhereTheyAreAssigned() {
        createIntervention(Tokens.marie(), intervention(unique("Joliette"), "LAN-JOLIETTE", TestData.MARIE));
        as(Tokens.marie()).body(intervention(unique("D'Autray"), "LAN-DAUTRAY", TestData.ERIC))
                .when().post("/api/v1/interventions").then().statusCode(403).contentType("application/problem+json");
        Map<String, Object> coOrganized = intervention(unique("D'Autray avec Marie"), "LAN-DAUTRAY", TestData.ERIC);
        coOrganized.put("coOrganizerIds", List.of(TestData.MARIE));
        createIntervention(Tokens.marie(), coOrganized);
    }

    @Test
    void organizerCannotChangeAnInterventionOutsideTheirTerritoriesUnlessAssigned() {
        String id = createIntervention(sophie(), intervention(unique("Montcalm"), "LAN-MONTCALM", TestData.ERIC));
        String etag = Api.etag(sophie(), "/api/v1/interventions/" + id);
        Map<String, Object> change = intervention(unique("Montcalm modifiée"), "LAN-MONTCALM", TestData.ERIC);
        as(Tokens.marie()).header("If-Match", etag).body(change).when().put("/api/v1/interventions/" + id)
                .then().statusCode(403);
        as(Tokens.marie()).body(json("to", "ON_HOLD")).when().post("/api/v1/interventions/" + id + "/transitions")
                .then().statusCode(403);
    }

    @Test
    void integrationMustNameTheLeadOrganizer() {
        as(integration()).body(json("title", unique("Système"), "territoryCode", "LAN-JOLIETTE", "serviceOfferCode", "ORGANIZATION_SUPPORT"))
                .when().post("/api/v1/interventions").then().statusCode(422).body("errors[0].field", equalTo("leadOrganizerId"));
        createIntervention(integration(), intervention(unique("Système"), "LAN-MOULINS", TestData.JULIEN));
    }

    @Test
    void adminReadsOnlyAndReportingIsForbidden() {
        String admin = Tokens.forRole("admin", "CISSS-LAN");
        given().auth().oauth2(admin).when().get("/api/v1/interventions").then().statusCode(200);
        as(admin).body(intervention(unique("Admin"), "LAN-JOLIETTE", TestData.MARIE)).when().post("/api/v1/interventions")
                .then().statusCode(403);
        String reporting = Tokens.client("maillon-reporting-lan", "reporting", "CISSS-LAN");
        given().auth().oauth2(reporting).when().get("/api/v1/interventions").then().statusCode(403);
        given().auth().oauth2(reporting).when().get("/api/v1/interventions/30000000-0000-4000-8000-000000000050").then().statusCode(403);
    }

    @Test
    void anotherEstablishmentsInterventionIsNotFound() {
        given().auth().oauth2(sophie()).when().get("/api/v1/interventions/" + TestData.INTERVENTION_NIM)
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(sophie()).when().get("/api/v1/interventions/" + TestData.INTERVENTION_NIM + "/history").then().statusCode(404);
        as(sophie()).body(json("to", "ON_HOLD")).when().post("/api/v1/interventions/" + TestData.INTERVENTION_NIM + "/transitions")
                .then().statusCode(404);
        given().auth().oauth2(Tokens.amelie()).when().get("/api/v1/interventions/30000000-0000-4000-8000-000000000050").then().statusCode(404);
        given().auth().oauth2(sophie()).when().get("/api/v1/interventions/" + UUID.randomUUID()).then().statusCode(404);
    }

    // ------------------------------------------------------------------------------------------- update

    @Test
    void updatesNeedTheCurrentEtag() {
        String id = createIntervention(sophie(), intervention(unique("ETag"), "LAN-JOLIETTE", TestData.MARIE));
        String etag = Api.etag(sophie(), "/api/v1/interventions/" + id);
        Map<String, Object> change = intervention(unique("ETag modifiée"), "LAN-JOLIETTE", TestData.MARIE);
        change.put("coOrganizerIds", List.of(TestData.JULIEN));
        as(sophie()).body(change).when().put("/api/v1/interventions/" + id).then().statusCode(428);
        String next = as(sophie()).header("If-Match", etag).body(change).when().put("/api/v1/interventions/" + id)
                .then().statusCode(200).body("coOrganizers.name", hasItem("Julien Gagnon")).extract().header("ETag");
        assertNotEquals(etag, next);
        as(sophie()).header("If-Match", etag).body(change).when().put("/api/v1/interventions/" + id).then().statusCode(412);
        assertEquals(List.of("CREATE", "UPDATE"), data.auditActions("intervention", id));
    }

    /**
     * An update replaces the codes, organizations and co-organizers: the answer, the record and the list show the new
     * ones only (the list reads the copies kept on the intervention's row, V13).
     */
    @Test
    void anUpdateReplacesCodesOrganizationsAndCoOrganizers() {
        String title = unique("Remplacement");
        Map<String, Object> body = intervention(title, "LAN-JOLIETTE", TestData.MARIE);
        body.put("types", List.of("AWARENESS", "SOCIAL_ACTION"));
        body.put("coOrganizerIds", List.of(TestData.ERIC));
        body.put("organizationIds", List.of(TestData.ORG_JOLIETTE, TestData.ORG_SCHOOL));
        String id = createIntervention(sophie(), body);
        Map<String, Object> change = intervention(title, "LAN-JOLIETTE", TestData.MARIE);
        change.put("types", List.of("NEW_RESOURCES"));
        change.put("determinants", List.of("HOUSING", "EDUCATION"));
        change.put("populations", List.of());
        change.put("coOrganizerIds", List.of(TestData.JULIEN));
        change.put("organizationIds", List.of(TestData.ORG_MUNICIPALITY));
        as(sophie()).header("If-Match", Api.etag(sophie(), "/api/v1/interventions/" + id)).body(change)
                .when().put("/api/v1/interventions/" + id).then().statusCode(200)
                .body("types", equalTo(List.of("NEW_RESOURCES"))).body("determinants", equalTo(List.of("EDUCATION", "HOUSING")))
                .body("populations", hasSize(0)).body("coOrganizers.id", equalTo(List.of(TestData.JULIEN)))
                .body("organizations.id", equalTo(List.of(TestData.ORG_MUNICIPALITY)));
        given().auth().oauth2(sophie()).when().get("/api/v1/interventions/" + id).then().statusCode(200)
                .body("types", equalTo(List.of("NEW_RESOURCES"))).body("coOrganizers.id", equalTo(List.of(TestData.JULIEN)))
                .body("organizations.id", equalTo(List.of(TestData.ORG_MUNICIPALITY)));
        given().auth().oauth2(sophie()).queryParam("q", title).when().get("/api/v1/interventions").then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].types", equalTo(List.of("NEW_RESOURCES")))
                .body("items[0].determinants", equalTo(List.of("EDUCATION", "HOUSING")))
                .body("items[0].populations", hasSize(0))
                .body("items[0].coOrganizers.id", equalTo(List.of(TestData.JULIEN)))
                .body("items[0].organizations.id", equalTo(List.of(TestData.ORG_MUNICIPALITY)));
    }

    @Test
    void statusDoesNotChangeThroughAnUpdate() {
        String id = createIntervention(sophie(), intervention(unique("Statut via PUT"), "LAN-JOLIETTE", TestData.MARIE));
        Map<String, Object> change = intervention(unique("Statut via PUT"), "LAN-JOLIETTE", TestData.MARIE);
        change.put("status", "ON_HOLD");
        as(sophie()).header("If-Match", Api.etag(sophie(), "/api/v1/interventions/" + id)).body(change)
                .when().put("/api/v1/interventions/" + id)
                .then().statusCode(422).body("errors[0].field", equalTo("status")).body("errors[0].message", containsString("transitions"));
    }

    // ------------------------------------------------------------------------------------------- transitions

    @Test
    void closingWithoutActivityIsRefused() {
        String id = createIntervention(sophie(), intervention(unique("Sans activité"), "LAN-JOLIETTE", TestData.MARIE));
        as(sophie()).body(close("Bilan.")).when().post("/api/v1/interventions/" + id + "/transitions")
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("at least one activity"));
        given().auth().oauth2(sophie()).when().get("/api/v1/interventions/" + id).then().body("status", equalTo("ACTIVE"));
    }

    @Test
    void closingWithoutSummaryIsRejected() {
        String id = closableIntervention();
        as(sophie()).body(json("to", "CLOSED")).when().post("/api/v1/interventions/" + id + "/transitions")
                .then().statusCode(422).body("errors[0].field", equalTo("closingSummary"));
    }

    @Test
    void closingDateInTheFutureOrBeforeTheOpeningIsRejected() {
        String id = closableIntervention();
        Map<String, Object> future = close("Bilan.");
        future.put("closedOn", today().plusDays(2).toString());
        as(sophie()).body(future).when().post("/api/v1/interventions/" + id + "/transitions")
                .then().statusCode(422).body("errors[0].field", equalTo("closedOn"));
        Map<String, Object> early = close("Bilan.");
        early.put("closedOn", today().minusYears(5).toString());
        as(sophie()).body(early).when().post("/api/v1/interventions/" + id + "/transitions")
                .then().statusCode(422).body("errors[0].field", equalTo("closedOn"));
    }

    @Test
    void closingWithABilanIsRecordedAndClosingTwiceIsAConflict() {
        String id = closableIntervention();
        as(sophie()).body(close("Objectifs atteints.")).when().post("/api/v1/interventions/" + id + "/transitions")
                .then().statusCode(200).header("ETag", notNullValue())
                .body("status", equalTo("CLOSED")).body("closedOn", equalTo(today().toString()))
                .body("closingSummary", equalTo("Objectifs atteints."));
        as(sophie()).body(close("Encore.")).when().post("/api/v1/interventions/" + id + "/transitions")
                .then().statusCode(409).body("detail", containsString("already CLOSED"));
        assertEquals(List.of("CREATE", "TRANSITION"), data.auditActions("intervention", id));
    }

    @Test
    void reopeningIsARecordedTransitionThatKeepsThePreviousBilan() {
        String id = closableIntervention();
        as(sophie()).body(close("Premier bilan.")).when().post("/api/v1/interventions/" + id + "/transitions").then().statusCode(200);
        as(sophie()).body(json("to", "ACTIVE")).when().post("/api/v1/interventions/" + id + "/transitions")
                .then().statusCode(422).body("errors[0].field", equalTo("note"));
        as(sophie()).body(json("to", "ACTIVE", "note", "Nouvelle demande du comité.")).when().post("/api/v1/interventions/" + id + "/transitions")
                .then().statusCode(200).body("status", equalTo("ACTIVE")).body("closedOn", nullValue()).body("closingSummary", nullValue());
        given().auth().oauth2(sophie()).when().get("/api/v1/interventions/" + id + "/history")
                .then().statusCode(200).body("items", hasSize(3))
                .body("items.toStatus", equalTo(List.of("ACTIVE", "CLOSED", "ACTIVE")))
                .body("items[1].closingSummary", equalTo("Premier bilan."))
                .body("items[2].fromStatus", equalTo("CLOSED"))
                .body("items[2].note", equalTo("Nouvelle demande du comité."));
        assertEquals(List.of("CREATE", "TRANSITION", "TRANSITION"), data.auditActions("intervention", id));
    }

    @Test
    void transitionOutsideTheLifeCycleIsAConflict() {
        String id = createIntervention(sophie(), intervention(unique("Cycle"), "LAN-JOLIETTE", TestData.MARIE));
        as(sophie()).body(json("to", "PLANNED")).when().post("/api/v1/interventions/" + id + "/transitions")
                .then().statusCode(409).body("detail", containsString("cannot go from ACTIVE to PLANNED"));
        as(sophie()).body(json("to", "ON_HOLD", "note", "Pause estivale.")).when().post("/api/v1/interventions/" + id + "/transitions")
                .then().statusCode(200).body("status", equalTo("ON_HOLD"));
        as(sophie()).body(json("to", "ON_HOLD")).when().post("/api/v1/interventions/" + id + "/transitions").then().statusCode(409);
        as(sophie()).body(json("to", "SLEEPING")).when().post("/api/v1/interventions/" + id + "/transitions")
                .then().statusCode(422).body("errors[0].field", equalTo("to"));
    }

    @Test
    void staleEtagOnATransitionIsRefused() {
        String id = createIntervention(sophie(), intervention(unique("Transition ETag"), "LAN-JOLIETTE", TestData.MARIE));
        as(sophie()).header("If-Match", "\"99\"").body(json("to", "ON_HOLD")).when().post("/api/v1/interventions/" + id + "/transitions")
                .then().statusCode(412);
    }

    // ------------------------------------------------------------------------------------------- lists

    @Test
    void listFiltersCombine() {
        String marker = unique("Filtrage");
        String orgId = data.organization("CISSS-LAN", "COMMUNITY_ORGANIZATION", "LAN-MOULINS", unique("Organisme filtre"));
        Map<String, Object> a = intervention(marker + " A", "LAN-MOULINS", TestData.JULIEN);
        a.put("determinants", List.of("HOUSING"));
        a.put("organizationIds", List.of(orgId));
        a.put("coOrganizerIds", List.of(TestData.ERIC));
        String idA = createIntervention(sophie(), a);
        Map<String, Object> b = intervention(marker + " B", "LAN-MOULINS", TestData.JULIEN);
        b.put("serviceOfferCode", "CONCERTATION_SUPPORT");
        b.put("status", "PLANNED");
        String idB = createIntervention(sophie(), b);

        given().auth().oauth2(sophie()).queryParam("q", marker).when().get("/api/v1/interventions")
                .then().statusCode(200).body("items.id", hasItems(idA, idB));
        given().auth().oauth2(sophie()).queryParam("q", marker).queryParam("organizer", TestData.ERIC).when().get("/api/v1/interventions")
                .then().body("items.id", equalTo(List.of(idA)));
        given().auth().oauth2(sophie()).queryParam("q", marker).queryParam("status", "PLANNED").when().get("/api/v1/interventions")
                .then().body("items.id", equalTo(List.of(idB)));
        given().auth().oauth2(sophie()).queryParam("q", marker).queryParam("serviceOffer", "CONCERTATION_SUPPORT").when().get("/api/v1/interventions")
                .then().body("items.id", equalTo(List.of(idB)));
        given().auth().oauth2(sophie()).queryParam("determinant", "HOUSING").queryParam("territory", "LAN-MOULINS").when().get("/api/v1/interventions")
                .then().body("items.id", hasItem(idA)).body("items.id", not(hasItem(idB)));
        given().auth().oauth2(sophie()).queryParam("organization", orgId).when().get("/api/v1/interventions")
                .then().body("items.id", equalTo(List.of(idA)));
        given().auth().oauth2(sophie()).queryParam("q", marker).queryParam("from", today().toString()).queryParam("to", today().toString())
                .when().get("/api/v1/interventions").then().body("items", hasSize(2));
        given().auth().oauth2(sophie()).queryParam("q", marker).queryParam("to", today().minusDays(1).toString())
                .when().get("/api/v1/interventions").then().body("items", hasSize(0));
        SyncClient.settle();
        given().auth().oauth2(sophie()).queryParam("q", marker).queryParam("updatedSince", "2000-01-01T00:00:00Z")
                .when().get("/api/v1/interventions").then().body("items", hasSize(2));
        given().auth().oauth2(sophie()).queryParam("q", marker).queryParam("updatedSince", "2999-01-01T00:00:00Z")
                .when().get("/api/v1/interventions").then().body("items", hasSize(0));
    }

    /**
     * An organizer's open interventions (organizer + from, their dashboard): those they lead or co-organize that are
     * not closed before {@code from}, most recently opened first; not those closed earlier, nor others'.
     */
    @Test
    void anOrganizersOpenInterventions() {
        String marker = unique("Tableau");
        String ledOpen = opened(marker + " menée ouverte", TestData.JULIEN, null, 10);
        String ledClosed = closedYesterday(opened(marker + " menée fermée", TestData.JULIEN, null, 8));
        String coOpen = opened(marker + " co ouverte", TestData.MARIE, TestData.JULIEN, 6);
        String coClosed = closedYesterday(opened(marker + " co fermée", TestData.MARIE, TestData.JULIEN, 4));
        opened(marker + " d'une autre", TestData.MARIE, null, 2);

        given().auth().oauth2(sophie()).queryParam("q", marker).queryParam("organizer", TestData.JULIEN)
                .queryParam("from", today().toString()).when().get("/api/v1/interventions")
                .then().statusCode(200).body("items.id", equalTo(List.of(coOpen, ledOpen)));
        given().auth().oauth2(sophie()).queryParam("q", marker).queryParam("organizer", TestData.JULIEN)
                .queryParam("from", today().minusDays(1).toString()).when().get("/api/v1/interventions")
                .then().statusCode(200).body("items.id", equalTo(List.of(coClosed, coOpen, ledClosed, ledOpen)));
        // Without from: everything they lead or co-organize, closed or not.
        given().auth().oauth2(sophie()).queryParam("q", marker).queryParam("organizer", TestData.JULIEN)
                .when().get("/api/v1/interventions")
                .then().statusCode(200).body("items.id", equalTo(List.of(coClosed, coOpen, ledClosed, ledOpen)));
        // Paged: the same rows, two at a time.
        String next = given().auth().oauth2(sophie()).queryParam("q", marker).queryParam("organizer", TestData.JULIEN)
                .queryParam("from", today().minusDays(1).toString()).queryParam("limit", 2).when().get("/api/v1/interventions")
                .then().statusCode(200).body("items.id", equalTo(List.of(coClosed, coOpen))).extract().path("nextCursor");
        given().auth().oauth2(sophie()).queryParam("q", marker).queryParam("organizer", TestData.JULIEN)
                .queryParam("from", today().minusDays(1).toString()).queryParam("limit", 2).queryParam("cursor", next)
                .when().get("/api/v1/interventions")
                .then().statusCode(200).body("items.id", equalTo(List.of(ledClosed, ledOpen)));
        // Someone of another establishment does not see them, even naming the organizer.
        given().auth().oauth2(Tokens.amelie()).queryParam("organizer", TestData.JULIEN).queryParam("from", today().toString())
                .when().get("/api/v1/interventions").then().statusCode(200).body("items", hasSize(0));
    }

    /** An intervention of Joliette opened {@code daysAgo} days ago, with one activity (so that it can be closed). */
    private String opened(String title, String lead, String coOrganizer, int daysAgo) {
        Map<String, Object> body = intervention(title, "LAN-JOLIETTE", lead);
        body.put("openedOn", today().minusDays(daysAgo).toString());
        if (coOrganizer != null) {
            body.put("coOrganizerIds", List.of(coOrganizer));
        }
        String id = createIntervention(sophie(), body);
        createActivity(sophie(), activity(id, today().minusDays(daysAgo), 60));
        return id;
    }

    private String closedYesterday(String id) {
        Map<String, Object> body = close("Bilan.");
        body.put("closedOn", today().minusDays(1).toString());
        as(sophie()).body(body).when().post("/api/v1/interventions/" + id + "/transitions").then().statusCode(200);
        return id;
    }

    @Test
    void searchIgnoresAccentsAndCase() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String id = createIntervention(sophie(), intervention("Intégration des élèves à l'École " + suffix, "LAN-JOLIETTE", TestData.MARIE));
        given().auth().oauth2(sophie()).queryParam("q", "ECOLE " + suffix).when().get("/api/v1/interventions")
                .then().statusCode(200).body("items.id", equalTo(List.of(id)));
    }

    @Test
    void periodFilterFindsInterventionsActiveInTheRange() {
        // demo 55 was closed last financial year: not active this year; demo 50 is open since last year.
        String thisYear = today().toString();
        given().auth().oauth2(sophie()).queryParam("from", thisYear).queryParam("to", thisYear).queryParam("limit", 200)
                .when().get("/api/v1/interventions")
                .then().statusCode(200)
                .body("items.id", hasItem("30000000-0000-4000-8000-000000000050"))
                .body("items.id", not(hasItem("30000000-0000-4000-8000-000000000055")));
    }

    @Test
    void listPagesWithACursor() {
        String marker = unique("Pagination");
        for (int i = 0; i < 3; i++) {
            createIntervention(sophie(), intervention(marker + " " + i, "LAN-JOLIETTE", TestData.MARIE));
        }
        String cursor = given().auth().oauth2(sophie()).queryParam("q", marker).queryParam("limit", 2).when().get("/api/v1/interventions")
                .then().statusCode(200).body("items", hasSize(2)).body("nextCursor", notNullValue()).extract().path("nextCursor");
        given().auth().oauth2(sophie()).queryParam("q", marker).queryParam("limit", 2).queryParam("cursor", cursor)
                .when().get("/api/v1/interventions")
                .then().statusCode(200).body("items", hasSize(1)).body("nextCursor", nullValue());
    }

    @Test
    void badQueryParametersAreValidationErrors() {
        given().auth().oauth2(sophie()).queryParam("organizer", "marie").when().get("/api/v1/interventions")
                .then().statusCode(422).body("errors[0].field", equalTo("organizer"));
        given().auth().oauth2(sophie()).queryParam("from", "2026-12-01").queryParam("to", "2026-01-01").when().get("/api/v1/interventions")
                .then().statusCode(422).body("errors[0].field", equalTo("from"));
        given().auth().oauth2(sophie()).queryParam("status", "OPEN").when().get("/api/v1/interventions")
                .then().statusCode(422).body("errors[0].field", equalTo("status"));
        given().auth().oauth2(sophie()).queryParam("cursor", "garbage").when().get("/api/v1/interventions")
                .then().statusCode(422).body("errors[0].field", equalTo("cursor"));
        given().auth().oauth2(sophie()).queryParam("limit", "ten").when().get("/api/v1/interventions")
                .then().statusCode(422).body("errors[0].field", equalTo("limit"));
        given().auth().oauth2(sophie()).queryParam("limit", 0).when().get("/api/v1/activities")
                .then().statusCode(422).body("errors[0].field", equalTo("limit"));
    }

    // ------------------------------------------------------------------------------------------- idempotency

    @Test
    void idempotentInterventionCreate() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = intervention(unique("Idempotente"), "LAN-JOLIETTE", TestData.MARIE);
        String first = as(sophie()).header("Idempotency-Key", key).body(body).when().post("/api/v1/interventions")
                .then().statusCode(201).extract().path("id");
        String again = as(sophie()).header("Idempotency-Key", key).body(body).when().post("/api/v1/interventions")
                .then().statusCode(201).header("Idempotent-Replayed", "true").extract().path("id");
        assertEquals(first, again);
        assertEquals(1, data.count("SELECT count(*) FROM intervention WHERE title = ?", body.get("title")));
        body.put("title", unique("Autre"));
        as(sophie()).header("Idempotency-Key", key).body(body).when().post("/api/v1/interventions").then().statusCode(422);
    }
}
