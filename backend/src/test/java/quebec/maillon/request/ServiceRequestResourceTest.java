package quebec.maillon.request;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.oneOf;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import quebec.maillon.support.RequestData;
import quebec.maillon.support.SyncClient;
import quebec.maillon.support.Tokens;

/** Intake, correction, reading and listing of requests. */
@QuarkusTest
class ServiceRequestResourceTest {

    static final String DEMO_ORG = "10000000-0000-4000-8000-000000000002";
    static final String DEMO_CONTACT = "11000000-0000-4000-8000-000000000002";
    static final String DEMO_LAN_REQUEST = "20000000-0000-4000-8000-000000000007";
    static final String DEMO_NIM_REQUEST = "20000000-0000-4000-8000-000000000011";

    @Inject
    DataSource ds;

    private long requests() {
        return RequestData.count(ds, "SELECT count(*) FROM service_request");
    }

    private void rejected(Map<String, Object> body, String... fields) {
        long before = requests();
        long organizations = RequestData.count(ds, "SELECT count(*) FROM organization");
        given().auth().oauth2(Tokens.sophie()).contentType("application/json").body(body)
                .when().post("/api/v1/requests")
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", hasItems(fields));
        assertEquals(before, requests(), "no request is written");
        assertEquals(organizations, RequestData.count(ds, "SELECT count(*) FROM organization"), "no organization is written");
    }

    private static Map<String, Object> demoIntake(String need) {
        Map<String, Object> body = RequestData.request(DEMO_ORG, "LAN-JOLIETTE", need);
        body.put("contactId", DEMO_CONTACT);
        return body;
    }

    @Test
    void intakeFromAnExistingOrganizationIsReceivedAndItsReceptionIsInTheHistory() {
        String id = given().auth().oauth2(Tokens.marie()).contentType("application/json").body(demoIntake("Besoin " + RequestData.marker()))
                .when().post("/api/v1/requests")
                .then().statusCode(201)
                .header("Location", containsString("/api/v1/requests/"))
                .header("ETag", notNullValue())
                .body("status", equalTo("RECEIVED"))
                .body("allowedTransitions", equalTo(List.of("UNDER_ANALYSIS", "WITHDRAWN")))
                .body("organizationName", equalTo("Regroupement des organismes communautaires de Joliette"))
                .body("contactId", equalTo(DEMO_CONTACT))
                .body("eligibility", nullValue())
                .body("populations", equalTo(List.of("FAMILIES")))
                .extract().path("id");
        given().auth().oauth2(Tokens.sophie()).when().get("/api/v1/requests/" + id + "/history")
                .then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].from", nullValue())
                .body("items[0].to", equalTo("RECEIVED"))
                .body("items[0].actorName", equalTo("Marie Tremblay"));
    }

    @Test
    void intakeWithANewOrganizationAndContactCreatesBoth() {
        String name = "Collectif " + RequestData.marker();
        Map<String, Object> body = RequestData.request(null, "LAN-MOULINS", "Jardin collectif");
        body.remove("organizationId");
        body.put("organization", Map.of("type", "CITIZEN_GROUP", "name", name, "territory", "LAN-MOULINS"));
        body.put("contact", Map.of("name", "Mélanie Roy", "email", "melanie.roy@exemple.org"));
        Response created = given().auth().oauth2(Tokens.sophie()).contentType("application/json").body(body)
                .when().post("/api/v1/requests")
                .then().statusCode(201).body("organizationName", equalTo(name)).body("contactId", notNullValue())
                .extract().response();
        given().auth().oauth2(Tokens.sophie()).when().get("/api/v1/organizations/" + created.path("organizationId"))
                .then().statusCode(200)
                .body("type", equalTo("CITIZEN_GROUP"))
                .body("contacts.id", equalTo(List.of((String) created.path("contactId"))));
    }

    @Test
    void intakeNamesEachInvalidFieldAndWritesNothing() {
        Map<String, Object> body = demoIntake("");
        body.put("channel", "CARRIER_PIGEON");
        body.put("serviceOffer", "BOWLING");
        body.put("territory", "NIM-AMN");
        body.put("populations", List.of("MARTIANS"));
        body.put("determinants", List.of("POVERTY", "LUCK"));
        body.put("receivedOn", "2099-01-01");
        rejected(body, "need", "channel", "serviceOffer", "territory", "populations[0]", "determinants[1]", "receivedOn");
    }

    @Test
    void newContactGivenAtIntakeChangesTheOrganizationsEtag() {
        String org = RequestData.createOrganization(Tokens.sophie(), "Contact ajouté " + RequestData.marker(), "LAN-JOLIETTE");
        String before = RequestData.etag(Tokens.sophie(), "/api/v1/organizations/" + org);
        Map<String, Object> body = RequestData.request(org, "LAN-JOLIETTE", "Nouveau contact");
        body.put("contact", Map.of("name", "Nouvelle Personne", "role", "Bénévole"));
        RequestData.createRequest(Tokens.sophie(), body);
        given().auth().oauth2(Tokens.sophie()).when().get("/api/v1/organizations/" + org).then()
                .header("ETag", not(equalTo(before)))
                .body("contacts.name", hasItem("Nouvelle Personne"));
        given().auth().oauth2(Tokens.sophie()).contentType("application/json").header("If-Match", before)
                .body(RequestData.organization("Écrasé", "LAN-JOLIETTE"))
                .when().put("/api/v1/organizations/" + org).then().statusCode(412);
    }

    @Test
    void removingAContactNamedByARequestAnonymizesIt() {
        Map<String, Object> orgBody = RequestData.organization("Anonymisation " + RequestData.marker(), "LAN-JOLIETTE");
        String org = RequestData.createOrganization(Tokens.sophie(), orgBody);
        String contact = given().auth().oauth2(Tokens.sophie()).when().get("/api/v1/organizations/" + org).then()
                .extract().path("contacts[0].id");
        Map<String, Object> body = RequestData.request(org, "LAN-JOLIETTE", "Avec contact");
        body.put("contactId", contact);
        String request = RequestData.createRequest(Tokens.sophie(), body);
        Map<String, Object> change = RequestData.organization("Anonymisation", "LAN-JOLIETTE");
        change.put("contacts", List.of());
        given().auth().oauth2(Tokens.sophie()).contentType("application/json")
                .header("If-Match", RequestData.etag(Tokens.sophie(), "/api/v1/organizations/" + org)).body(change)
                .when().put("/api/v1/organizations/" + org).then().statusCode(200).body("contacts", hasSize(0));
        assertEquals(List.of("[anonymized]|true|true"), RequestData.strings(ds, "SELECT name || '|' || (email IS NULL) || '|' "
                + "|| (anonymized_at IS NOT NULL) FROM organization_contact WHERE id = ?::uuid", contact));
        given().auth().oauth2(Tokens.sophie()).when().get("/api/v1/requests/" + request).then().body("contactId", equalTo(contact));
    }

    @Test
    void intakeNeedsARequester() {
        Map<String, Object> body = demoIntake("Sans demandeur");
        body.remove("organizationId");
        body.remove("contactId");
        rejected(body, "organizationId");
    }

    @Test
    void invalidNewOrganizationIsNamedUnderOrganizationAndNothingIsWritten() {
        Map<String, Object> body = RequestData.request(null, "LAN-JOLIETTE", "Besoin");
        body.remove("organizationId");
        body.put("organization", Map.of("type", "UNKNOWN_TYPE", "name", "", "neq", "123456789", "territory", "NIM-AMN"));
        body.put("contact", Map.of("name", "Sans Arobase", "email", "sans-arobase"));
        rejected(body, "organization.type", "organization.name", "organization.neq", "organization.territory", "contact.email");
    }

    @Test
    void contactOfAnotherOrganizationIsRejected() {
        Map<String, Object> body = demoIntake("Mauvais contact");
        body.put("contactId", "11000000-0000-4000-8000-000000000001");
        rejected(body, "contactId");
    }

    @Test
    void organizationOfAnotherEstablishmentOrArchivedIsRejected() {
        rejected(RequestData.request("10000000-0000-4000-8000-000000000009", "LAN-JOLIETTE", "Autre établissement"), "organizationId");
        String org = RequestData.createOrganization(Tokens.sophie(), "Archivé " + RequestData.marker(), "LAN-JOLIETTE");
        given().auth().oauth2(Tokens.sophie()).header("If-Match", RequestData.etag(Tokens.sophie(), "/api/v1/organizations/" + org))
                .when().post("/api/v1/organizations/" + org + "/archive").then().statusCode(200);
        rejected(RequestData.request(org, "LAN-JOLIETTE", "Organisme archivé"), "organizationId");
    }

    @Test
    void idempotentIntakeCreatesOneRequest() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = demoIntake("Idempotent " + RequestData.marker());
        long before = requests();
        String first = given().auth().oauth2(Tokens.sophie()).contentType("application/json").header("Idempotency-Key", key).body(body)
                .when().post("/api/v1/requests").then().statusCode(201).extract().path("id");
        given().auth().oauth2(Tokens.sophie()).contentType("application/json").header("Idempotency-Key", key).body(body)
                .when().post("/api/v1/requests").then().statusCode(201)
                .header("Idempotent-Replayed", "true").body("id", equalTo(first));
        assertEquals(before + 1, requests());
        body.put("need", "Un autre besoin");
        given().auth().oauth2(Tokens.sophie()).contentType("application/json").header("Idempotency-Key", key).body(body)
                .when().post("/api/v1/requests").then().statusCode(422);
        assertEquals(before + 1, requests());
        assertEquals(1, RequestData.count(ds, "SELECT count(*) FROM request_transition WHERE request_id = ?::uuid", first));
    }

    @Test
    void updateNeedsTheCurrentEtagAndConcurrentUpdatesLoseNothing() throws Exception {
        String id = RequestData.createRequest(Tokens.sophie(), demoIntake("Concurrence " + RequestData.marker()));
        String etag = RequestData.etag(Tokens.sophie(), "/api/v1/requests/" + id);
        given().auth().oauth2(Tokens.sophie()).contentType("application/json").body(demoIntake("Sans If-Match"))
                .when().put("/api/v1/requests/" + id).then().statusCode(428);
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<Integer>> calls = new ArrayList<>();
        for (String need : List.of("Version A", "Version B")) {
            calls.add(CompletableFuture.supplyAsync(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return given().auth().oauth2(Tokens.sophie()).contentType("application/json").header("If-Match", etag)
                        .body(demoIntake(need)).when().put("/api/v1/requests/" + id).then().extract().statusCode();
            }));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (CompletableFuture<Integer> c : calls) {
            statuses.add(c.get());
        }
        statuses.sort(null);
        assertEquals(List.of(200, 412), statuses);
        given().auth().oauth2(Tokens.sophie()).when().get("/api/v1/requests/" + id)
                .then().body("need", oneOf("Version A", "Version B"));
        assertEquals(1, RequestData.count(ds,
                "SELECT count(*) FROM audit_entry WHERE record_type = 'service-request' AND record_id = ? AND action = 'UPDATE'", id));
    }

    @Test
    void decidedRequestIsNoLongerChanged() {
        String id = RequestData.createRequest(Tokens.sophie(), demoIntake("Retiré " + RequestData.marker()));
        RequestData.moveTo(id, "WITHDRAWN");
        given().auth().oauth2(Tokens.sophie()).contentType("application/json")
                .header("If-Match", RequestData.etag(Tokens.sophie(), "/api/v1/requests/" + id)).body(demoIntake("Trop tard"))
                .when().put("/api/v1/requests/" + id).then().statusCode(409);
    }

    @Test
    void anotherEstablishmentsRequestIsNotFound() {
        given().auth().oauth2(Tokens.amelie()).when().get("/api/v1/requests/" + DEMO_LAN_REQUEST).then().statusCode(404);
        given().auth().oauth2(Tokens.amelie()).when().get("/api/v1/requests/" + DEMO_LAN_REQUEST + "/history").then().statusCode(404);
        given().auth().oauth2(Tokens.sophie()).when().get("/api/v1/requests/" + DEMO_NIM_REQUEST).then().statusCode(404);
        given().auth().oauth2(Tokens.sophie()).contentType("application/json").header("If-Match", "\"0\"")
                .body(Map.of("to", "WITHDRAWN")).when().post("/api/v1/requests/" + DEMO_NIM_REQUEST + "/transitions")
                .then().statusCode(404);
        given().auth().oauth2(Tokens.amelie()).queryParam("limit", 200).when().get("/api/v1/requests")
                .then().statusCode(200).body("items.id", not(hasItem(DEMO_LAN_REQUEST)));
    }

    @Test
    void reportingIsForbiddenEverywhere() {
        String reporting = Tokens.client("maillon-reporting-lan", "reporting", "CISSS-LAN");
        given().auth().oauth2(reporting).when().get("/api/v1/requests").then().statusCode(403);
        given().auth().oauth2(reporting).when().get("/api/v1/requests/" + DEMO_LAN_REQUEST).then().statusCode(403);
        given().auth().oauth2(reporting).when().get("/api/v1/requests/" + DEMO_LAN_REQUEST + "/history").then().statusCode(403);
        given().auth().oauth2(reporting).when().get("/api/v1/requests/" + DEMO_LAN_REQUEST + "/priority/history").then().statusCode(403);
        given().auth().oauth2(reporting).contentType("application/json").body(demoIntake("x")).when().post("/api/v1/requests").then().statusCode(403);
        given().auth().oauth2(reporting).contentType("application/json").body(Map.of("to", "WITHDRAWN"))
                .when().post("/api/v1/requests/" + DEMO_LAN_REQUEST + "/transitions").then().statusCode(403);
        given().auth().oauth2(reporting).when().get("/api/v1/priority-criteria").then().statusCode(403);
    }

    @Test
    void adminReadsButDoesNotWriteRequests() {
        String admin = Tokens.forRole("admin", "CISSS-LAN");
        given().auth().oauth2(admin).when().get("/api/v1/requests/" + DEMO_LAN_REQUEST).then().statusCode(200);
        given().auth().oauth2(admin).contentType("application/json").body(demoIntake("x")).when().post("/api/v1/requests").then().statusCode(403);
    }

    @Test
    void integrationReceivesAndCorrectsRequests() {
        String integration = Tokens.client("maillon-integration-lan", "integration", "CISSS-LAN");
        String id = RequestData.createRequest(integration, demoIntake("Par le système du CISSS " + RequestData.marker()));
        given().auth().oauth2(integration).contentType("application/json")
                .header("If-Match", RequestData.etag(integration, "/api/v1/requests/" + id)).body(demoIntake("Corrigé"))
                .when().put("/api/v1/requests/" + id).then().statusCode(200).body("need", equalTo("Corrigé"));
    }

    @Test
    void organizerChangesOnlyRequestsOfTheirTerritories() {
        String id = RequestData.newRequest(Tokens.sophie(), "LAN-DAUTRAY", "D'Autray " + RequestData.marker());
        Map<String, Object> body = RequestData.request(null, "LAN-DAUTRAY", "Changé par Marie");
        body.put("organizationId", DEMO_ORG);
        given().auth().oauth2(Tokens.marie()).contentType("application/json")
                .header("If-Match", RequestData.etag(Tokens.marie(), "/api/v1/requests/" + id)).body(body)
                .when().put("/api/v1/requests/" + id).then().statusCode(403);
        String own = RequestData.newRequest(Tokens.sophie(), "LAN-MATAWINIE", "Matawinie " + RequestData.marker());
        body.put("territory", "LAN-MATAWINIE");
        given().auth().oauth2(Tokens.marie()).contentType("application/json")
                .header("If-Match", RequestData.etag(Tokens.marie(), "/api/v1/requests/" + own)).body(body)
                .when().put("/api/v1/requests/" + own).then().statusCode(200);
    }

    @Test
    void listFiltersCombine() {
        String m = RequestData.marker();
        String a = RequestData.newRequest(Tokens.sophie(), "LAN-MONTCALM", "Filtre " + m);
        String b = RequestData.newRequest(Tokens.sophie(), "LAN-MONTCALM", "Filtre " + m);
        String c = RequestData.newRequest(Tokens.sophie(), "LAN-MOULINS", "Filtre " + m);
        RequestData.moveTo(b, "UNDER_ANALYSIS");
        RequestData.moveTo(c, "WITHDRAWN");
        given().auth().oauth2(Tokens.sophie()).queryParam("q", m).queryParam("status", "RECEIVED,UNDER_ANALYSIS")
                .when().get("/api/v1/requests").then().statusCode(200).body("items.id", hasSize(2)).body("items.id", hasItems(a, b));
        given().auth().oauth2(Tokens.sophie()).queryParam("q", m).queryParam("status", "WITHDRAWN").queryParam("status", "RECEIVED")
                .when().get("/api/v1/requests").then().body("items.id", hasSize(2)).body("items.id", hasItems(a, c));
        given().auth().oauth2(Tokens.sophie()).queryParam("q", m).queryParam("territory", "LAN-MOULINS")
                .when().get("/api/v1/requests").then().body("items.id", equalTo(List.of(c)));
        given().auth().oauth2(Tokens.sophie()).queryParam("q", m).queryParam("serviceOffer", "CONCERTATION_SUPPORT")
                .when().get("/api/v1/requests").then().body("items", hasSize(0));
        given().auth().oauth2(Tokens.sophie()).queryParam("q", m).queryParam("receivedFrom", "2026-11-02").queryParam("receivedTo", "2026-11-02")
                .when().get("/api/v1/requests").then().body("items", hasSize(3));
        given().auth().oauth2(Tokens.sophie()).queryParam("q", m).queryParam("receivedTo", "2026-11-01")
                .when().get("/api/v1/requests").then().body("items", hasSize(0));
        given().auth().oauth2(Tokens.sophie()).queryParam("status", "SOMEDAY").when().get("/api/v1/requests")
                .then().statusCode(422).body("errors[0].field", equalTo("status"));
        given().auth().oauth2(Tokens.sophie()).queryParam("receivedFrom", "yesterday").when().get("/api/v1/requests")
                .then().statusCode(422).body("errors[0].field", equalTo("receivedFrom"));
        given().auth().oauth2(Tokens.sophie()).queryParam("sort", "name").when().get("/api/v1/requests")
                .then().statusCode(422).body("errors[0].field", equalTo("sort"));
    }

    @Test
    void searchIgnoresAccentsAndCaseInTheNeedAndTheOrganizationName() {
        String m = RequestData.marker();
        String id = RequestData.newRequest(Tokens.sophie(), "LAN-JOLIETTE", "Projet d'ÉCOLE en santé à Québec " + m);
        given().auth().oauth2(Tokens.sophie()).queryParam("q", "ecole en sante a quebec " + m).when().get("/api/v1/requests")
                .then().body("items.id", equalTo(List.of(id)));
        given().auth().oauth2(Tokens.sophie()).queryParam("q", "MAISON DES JEUNES DE RAWDON").queryParam("limit", 200)
                .when().get("/api/v1/requests")
                .then().body("items.id", hasItem("20000000-0000-4000-8000-000000000003"))
                .body("items.organizationName", everyItem(is("Maison des jeunes de Rawdon")));
    }

    @Test
    void listIsSortedByReceivedDateNewestFirstByDefault() {
        String m = RequestData.marker();
        Map<String, Object> older = demoIntake("Tri " + m);
        older.put("receivedOn", "2026-08-01");
        String olderId = RequestData.createRequest(Tokens.sophie(), older);
        String newerId = RequestData.createRequest(Tokens.sophie(), demoIntake("Tri " + m));
        given().auth().oauth2(Tokens.sophie()).queryParam("q", m).when().get("/api/v1/requests")
                .then().body("items.id", equalTo(List.of(newerId, olderId)));
        given().auth().oauth2(Tokens.sophie()).queryParam("q", m).queryParam("sort", "receivedOn").when().get("/api/v1/requests")
                .then().body("items.id", equalTo(List.of(olderId, newerId)));
    }

    @Test
    void everySortPagesWithoutGapsOrDuplicates() {
        String m = RequestData.marker();
        Set<String> created = new HashSet<>();
        for (int i = 0; i < 5; i++) {
            Map<String, Object> body = demoIntake("Pagination " + m);
            body.put("receivedOn", i < 3 ? "2026-10-01" : "2026-10-0" + (i + 2));
            created.add(RequestData.createRequest(Tokens.sophie(), body));
        }
        SyncClient.settle();
        for (String sort : List.of("-receivedOn", "receivedOn", "priority", "updatedAt")) {
            List<String> seen = pages(Map.of("q", m, "sort", sort));
            assertEquals(seen.size(), new HashSet<>(seen).size(), "no duplicates with sort " + sort);
            assertEquals(created, new HashSet<>(seen), "no gaps with sort " + sort);
        }
    }

    @Test
    void updatedSincePagesWithoutGapsOrDuplicates() {
        String since = Instant.now().minusSeconds(1).toString();
        Set<String> created = new HashSet<>();
        for (int i = 0; i < 5; i++) {
            created.add(RequestData.createRequest(Tokens.sophie(), demoIntake("Sync " + i)));
        }
        SyncClient.settle();
        List<String> seen = pages(Map.of("updatedSince", since));
        assertEquals(seen.size(), new HashSet<>(seen).size(), "no duplicates");
        assertTrue(seen.containsAll(created), "no gaps");
    }

    private static List<String> pages(Map<String, String> query) {
        List<String> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            var spec = given().auth().oauth2(Tokens.sophie()).queryParams(query).queryParam("limit", 2);
            if (cursor != null) {
                spec.queryParam("cursor", cursor);
            }
            Response page = spec.when().get("/api/v1/requests").then().statusCode(200).extract().response();
            seen.addAll(page.path("items.id"));
            cursor = page.path("nextCursor");
            pages++;
        } while (cursor != null && pages < 200);
        return seen;
    }

    @Test
    void auditEntriesRecordIntakeAndChanges() {
        String id = RequestData.createRequest(Tokens.sophie(), demoIntake("Audit " + RequestData.marker()));
        assertEquals(1, RequestData.count(ds,
                "SELECT count(*) FROM audit_entry WHERE record_type = 'service-request' AND record_id = ? AND action = 'CREATE'"
                        + " AND actor_name = 'Sophie Lavoie' AND request_id IS NOT NULL", id));
        RequestData.moveTo(id, "UNDER_ANALYSIS");
        assertEquals(1, RequestData.count(ds,
                "SELECT count(*) FROM audit_entry WHERE record_type = 'service-request' AND record_id = ? AND action = 'TRANSITION'"
                        + " AND changes->>'to' = 'UNDER_ANALYSIS'", id));
    }
}
