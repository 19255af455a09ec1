package quebec.maillon.organization;

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
import static org.junit.jupiter.api.Assertions.assertFalse;
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

@QuarkusTest
class OrganizationResourceTest {

    static final String DEMO_ORG = "10000000-0000-4000-8000-000000000002";

    @Inject
    DataSource ds;

    private long organizations() {
        return RequestData.count(ds, "SELECT count(*) FROM organization");
    }

    private void rejected(Map<String, Object> body, String field) {
        long before = organizations();
        given().auth().oauth2(Tokens.sophie()).contentType("application/json").body(body)
                .when().post("/api/v1/organizations")
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", hasItem(field));
        assertEquals(before, organizations(), "nothing is written");
    }

    private static Map<String, Object> with(String field, Object value) {
        Map<String, Object> body = RequestData.organization("Organisme " + RequestData.marker(), "LAN-JOLIETTE");
        body.put(field, value);
        return body;
    }

    @Test
    void createdOrganizationIsReadWithItsContactsAndAnEtag() {
        String name = "Maison de la famille " + RequestData.marker();
        Map<String, Object> body = RequestData.organization(name, "LAN-MATAWINIE");
        body.put("neq", RequestData.neq());
        String id = given().auth().oauth2(Tokens.marie()).contentType("application/json").body(body)
                .when().post("/api/v1/organizations")
                .then().statusCode(201)
                .header("Location", containsString("/api/v1/organizations/"))
                .header("ETag", notNullValue())
                .body("name", equalTo(name))
                .body("address.postalCode", equalTo("J6E 3B8"))
                .body("contacts", hasSize(1))
                .body("archived", equalTo(false))
                .extract().path("id");
        given().auth().oauth2(Tokens.sophie()).when().get("/api/v1/organizations/" + id)
                .then().statusCode(200)
                .header("ETag", notNullValue())
                .body("territory", equalTo("LAN-MATAWINIE"))
                .body("contacts[0].email", equalTo("julie.contact@exemple.org"));
    }

    @Test
    void missingNameIsRejectedAndNothingWritten() {
        rejected(with("name", ""), "name");
    }

    @Test
    void unknownTypeIsRejectedAndNothingWritten() {
        rejected(with("type", "BOWLING_CLUB"), "type");
    }

    @Test
    void neqOfNineDigitsIsRejectedAndNothingWritten() {
        rejected(with("neq", "117000000"), "neq");
    }

    @Test
    void contactEmailWithoutAtIsRejectedAndNothingWritten() {
        rejected(with("contacts", List.of(Map.of("name", "Sans Arobase", "email", "sans.arobase.exemple.org"))), "contacts[0].email");
    }

    @Test
    void territoryOfAnotherEstablishmentIsRejectedAndNothingWritten() {
        rejected(with("territory", "NIM-AMN"), "territory");
    }

    @Test
    void everyInvalidFieldIsNamedInOneAnswer() {
        Map<String, Object> body = with("name", " ");
        body.put("type", "BOWLING_CLUB");
        body.put("neq", "123");
        body.put("territory", "NIM-AMN");
        body.put("contacts", List.of(Map.of("name", "X", "email", "no-at-sign")));
        long before = organizations();
        given().auth().oauth2(Tokens.sophie()).contentType("application/json").body(body)
                .when().post("/api/v1/organizations")
                .then().statusCode(422)
                .body("errors.field", hasItems("name", "type", "neq", "territory", "contacts[0].email"));
        assertEquals(before, organizations());
    }

    @Test
    void duplicateNeqInTheEstablishmentIsAConflictNamingNeq() {
        String neq = RequestData.neq();
        RequestData.createOrganization(Tokens.sophie(), with("neq", neq));
        long before = organizations();
        given().auth().oauth2(Tokens.sophie()).contentType("application/json").body(with("neq", neq))
                .when().post("/api/v1/organizations")
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("https://maillon.quebec/problems/duplicate-neq"))
                .body("errors[0].field", equalTo("neq"));
        assertEquals(before, organizations());
        Map<String, Object> other = RequestData.organization("Organisme montréalais", "NIM-AMN");
        other.put("neq", neq);
        RequestData.createOrganization(Tokens.amelie(), other);
    }

    @Test
    void searchIgnoresAccentsAndCase() {
        String m = RequestData.marker();
        String id1 = RequestData.createOrganization(Tokens.sophie(), "regroupement des aînés " + m, "LAN-JOLIETTE");
        String id2 = RequestData.createOrganization(Tokens.sophie(), "Comité Quebec solidaire " + m, "LAN-JOLIETTE");
        given().auth().oauth2(Tokens.sophie()).queryParam("q", "Regroupement des AINES " + m).when().get("/api/v1/organizations")
                .then().statusCode(200).body("items.id", equalTo(List.of(id1)));
        given().auth().oauth2(Tokens.sophie()).queryParam("q", "québec SOLIDAIRE " + m).when().get("/api/v1/organizations")
                .then().statusCode(200).body("items.id", equalTo(List.of(id2)));
        given().auth().oauth2(Tokens.sophie()).queryParam("q", "Côme").when().get("/api/v1/organizations")
                .then().statusCode(200).body("items.name", hasItem("Municipalité de Saint-Côme"));
    }

    @Test
    void filtersByTypeAndTerritory() {
        String m = RequestData.marker();
        Map<String, Object> school = RequestData.organization("École " + m, "LAN-MONTCALM");
        school.put("type", "SCHOOL");
        String schoolId = RequestData.createOrganization(Tokens.sophie(), school);
        String otherId = RequestData.createOrganization(Tokens.sophie(), "Autre " + m, "LAN-MONTCALM");
        given().auth().oauth2(Tokens.sophie()).queryParam("type", "SCHOOL").queryParam("territory", "LAN-MONTCALM")
                .queryParam("limit", 200).when().get("/api/v1/organizations")
                .then().statusCode(200).body("items.id", hasItem(schoolId)).body("items.id", not(hasItem(otherId)))
                .body("items.type", not(hasItem("COMMUNITY_ORGANIZATION")));
    }

    @Test
    void updatedSincePagesWithoutGapsOrDuplicates() {
        String since = Instant.now().minusSeconds(1).toString();
        Set<String> created = new HashSet<>();
        for (int i = 0; i < 7; i++) {
            created.add(RequestData.createOrganization(Tokens.sophie(), "Sync " + i + " " + RequestData.marker(), "LAN-DAUTRAY"));
        }
        SyncClient.settle();
        List<String> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            var spec = given().auth().oauth2(Tokens.sophie()).queryParam("updatedSince", since).queryParam("limit", 2);
            if (cursor != null) {
                spec.queryParam("cursor", cursor);
            }
            Response page = spec.when().get("/api/v1/organizations").then().statusCode(200).extract().response();
            seen.addAll(page.path("items.id"));
            cursor = page.path("nextCursor");
            pages++;
        } while (cursor != null && pages < 100);
        assertEquals(seen.size(), new HashSet<>(seen).size(), "no duplicates");
        assertTrue(seen.containsAll(created), "no gaps");
    }

    @Test
    void updateNeedsTheCurrentEtag() {
        String id = RequestData.createOrganization(Tokens.sophie(), "Etag " + RequestData.marker(), "LAN-JOLIETTE");
        String etag = RequestData.etag(Tokens.sophie(), "/api/v1/organizations/" + id);
        Map<String, Object> change = RequestData.organization("Etag renommé", "LAN-JOLIETTE");
        change.put("contacts", List.of());
        given().auth().oauth2(Tokens.sophie()).contentType("application/json").body(change)
                .when().put("/api/v1/organizations/" + id).then().statusCode(428);
        given().auth().oauth2(Tokens.sophie()).contentType("application/json").header("If-Match", etag).body(change)
                .when().put("/api/v1/organizations/" + id).then().statusCode(200)
                .body("name", equalTo("Etag renommé")).body("contacts", hasSize(0));
        given().auth().oauth2(Tokens.sophie()).contentType("application/json").header("If-Match", etag).body(change)
                .when().put("/api/v1/organizations/" + id).then().statusCode(412).contentType("application/problem+json");
    }

    @Test
    void concurrentUpdatesWithTheSameEtagOneWinsTheOtherGets412() throws Exception {
        String id = RequestData.createOrganization(Tokens.sophie(), "Concurrent " + RequestData.marker(), "LAN-JOLIETTE");
        String etag = RequestData.etag(Tokens.sophie(), "/api/v1/organizations/" + id);
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<Integer>> calls = new ArrayList<>();
        for (String name : List.of("Première version", "Seconde version")) {
            Map<String, Object> body = RequestData.organization(name, "LAN-JOLIETTE");
            calls.add(CompletableFuture.supplyAsync(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return given().auth().oauth2(Tokens.sophie()).contentType("application/json").header("If-Match", etag)
                        .body(body).when().put("/api/v1/organizations/" + id).then().extract().statusCode();
            }));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (CompletableFuture<Integer> c : calls) {
            statuses.add(c.get());
        }
        statuses.sort(null);
        assertEquals(List.of(200, 412), statuses);
        String name = given().auth().oauth2(Tokens.sophie()).when().get("/api/v1/organizations/" + id).then().extract().path("name");
        assertTrue(name.equals("Première version") || name.equals("Seconde version"));
    }

    @Test
    void idempotentCreateReturnsTheSameOrganizationOnce() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = RequestData.organization("Idempotent " + RequestData.marker(), "LAN-JOLIETTE");
        long before = organizations();
        String first = given().auth().oauth2(Tokens.sophie()).contentType("application/json").header("Idempotency-Key", key)
                .body(body).when().post("/api/v1/organizations")
                .then().statusCode(201).header("Idempotent-Replayed", nullValue()).extract().path("id");
        given().auth().oauth2(Tokens.sophie()).contentType("application/json").header("Idempotency-Key", key)
                .body(body).when().post("/api/v1/organizations")
                .then().statusCode(201).header("Idempotent-Replayed", "true").body("id", equalTo(first));
        assertEquals(before + 1, organizations());
        body.put("name", "Un autre corps");
        given().auth().oauth2(Tokens.sophie()).contentType("application/json").header("Idempotency-Key", key)
                .body(body).when().post("/api/v1/organizations")
                .then().statusCode(422).body("type", equalTo("https://maillon.quebec/problems/idempotency-key-reused"));
        assertEquals(before + 1, organizations());
    }

    @Test
    void archivedOrganizationStaysReadableAndIsListedAsArchived() {
        String id = RequestData.createOrganization(Tokens.sophie(), "Archive " + RequestData.marker(), "LAN-JOLIETTE");
        String etag = RequestData.etag(Tokens.sophie(), "/api/v1/organizations/" + id);
        given().auth().oauth2(Tokens.sophie()).when().post("/api/v1/organizations/" + id + "/archive").then().statusCode(428);
        given().auth().oauth2(Tokens.sophie()).header("If-Match", etag).when().post("/api/v1/organizations/" + id + "/archive")
                .then().statusCode(200).body("archived", equalTo(true)).body("archivedAt", notNullValue());
        given().auth().oauth2(Tokens.sophie()).when().get("/api/v1/organizations/" + id).then().statusCode(200).body("archived", equalTo(true));
        given().auth().oauth2(Tokens.sophie()).queryParam("q", "Archive").queryParam("limit", 200).when().get("/api/v1/organizations")
                .then().body("items.id", not(hasItem(id)));
        given().auth().oauth2(Tokens.sophie()).queryParam("archived", true).queryParam("limit", 200).when().get("/api/v1/organizations")
                .then().body("items.id", hasItem(id));
        String newEtag = RequestData.etag(Tokens.sophie(), "/api/v1/organizations/" + id);
        given().auth().oauth2(Tokens.sophie()).contentType("application/json").header("If-Match", newEtag)
                .body(RequestData.organization("Changé", "LAN-JOLIETTE"))
                .when().put("/api/v1/organizations/" + id).then().statusCode(409);
    }

    @Test
    void anotherEstablishmentsOrganizationIsNotFound() {
        given().auth().oauth2(Tokens.amelie()).when().get("/api/v1/organizations/" + DEMO_ORG).then().statusCode(404);
        given().auth().oauth2(Tokens.amelie()).contentType("application/json").header("If-Match", "\"0\"")
                .body(RequestData.organization("X", "NIM-AMN"))
                .when().put("/api/v1/organizations/" + DEMO_ORG).then().statusCode(404);
        given().auth().oauth2(Tokens.amelie()).queryParam("q", "Regroupement des organismes communautaires de Joliette")
                .when().get("/api/v1/organizations").then().statusCode(200).body("items", hasSize(0));
    }

    @Test
    void organizerChangesOnlyOrganizationsOfTheirTerritories() {
        String id = RequestData.createOrganization(Tokens.sophie(), "Autray " + RequestData.marker(), "LAN-DAUTRAY");
        String etag = RequestData.etag(Tokens.marie(), "/api/v1/organizations/" + id);
        given().auth().oauth2(Tokens.marie()).contentType("application/json").header("If-Match", etag)
                .body(RequestData.organization("Changé par Marie", "LAN-DAUTRAY"))
                .when().put("/api/v1/organizations/" + id).then().statusCode(403);
    }

    @Test
    void reportingIsForbiddenAndAdminOnlyReads() {
        String reporting = Tokens.client("maillon-reporting-lan", "reporting", "CISSS-LAN");
        given().auth().oauth2(reporting).when().get("/api/v1/organizations").then().statusCode(403);
        given().auth().oauth2(reporting).when().get("/api/v1/organizations/" + DEMO_ORG).then().statusCode(403);
        given().auth().oauth2(reporting).contentType("application/json").body(RequestData.organization("X", "LAN-JOLIETTE"))
                .when().post("/api/v1/organizations").then().statusCode(403);
        String admin = Tokens.forRole("admin", "CISSS-LAN");
        given().auth().oauth2(admin).when().get("/api/v1/organizations/" + DEMO_ORG).then().statusCode(200);
        given().auth().oauth2(admin).contentType("application/json").body(RequestData.organization("X", "LAN-JOLIETTE"))
                .when().post("/api/v1/organizations").then().statusCode(403);
        String integration = Tokens.client("maillon-integration-lan", "integration", "CISSS-LAN");
        RequestData.createOrganization(integration, "Par intégration " + RequestData.marker(), "LAN-MOULINS");
    }

    @Test
    void auditMasksContactsAndLogsReadsOfThem() {
        String id = RequestData.createOrganization(Tokens.sophie(), "Audit " + RequestData.marker(), "LAN-JOLIETTE");
        List<String> created = RequestData.strings(ds,
                "SELECT changes::text FROM audit_entry WHERE record_type = 'organization' AND record_id = ? AND action = 'CREATE'", id);
        assertEquals(1, created.size());
        assertFalse(created.get(0).contains("julie.contact@exemple.org"), "emails are masked");
        assertFalse(created.get(0).contains("Julie Contact"), "names are masked");
        assertTrue(created.get(0).contains("[masked]"));
        String reads = "SELECT count(*) FROM audit_entry WHERE record_type = 'organization' AND record_id = ? AND action = 'READ_PERSONAL'";
        assertEquals(0, RequestData.count(ds, reads, id));
        given().auth().oauth2(Tokens.marie()).when().get("/api/v1/organizations/" + id).then().statusCode(200);
        assertEquals(1, RequestData.count(ds, reads, id));
        String etag = RequestData.etag(Tokens.sophie(), "/api/v1/organizations/" + id);
        Map<String, Object> change = RequestData.organization("Audit renommé", "LAN-JOLIETTE");
        given().auth().oauth2(Tokens.sophie()).contentType("application/json").header("If-Match", etag).body(change)
                .when().put("/api/v1/organizations/" + id).then().statusCode(200);
        assertEquals(1, RequestData.count(ds,
                "SELECT count(*) FROM audit_entry WHERE record_type = 'organization' AND record_id = ? AND action = 'UPDATE'", id));
    }

    @Test
    void keptContactsKeepTheirIdsAndRemovedOnesGo() {
        Map<String, Object> body = RequestData.organization("Contacts " + RequestData.marker(), "LAN-JOLIETTE");
        body.put("contacts", List.of(Map.of("name", "Alice"), Map.of("name", "Bruno")));
        String id = RequestData.createOrganization(Tokens.sophie(), body);
        Response read = given().auth().oauth2(Tokens.sophie()).when().get("/api/v1/organizations/" + id).then().extract().response();
        String alice = read.path("contacts[0].id");
        Map<String, Object> change = RequestData.organization("Contacts", "LAN-JOLIETTE");
        change.put("contacts", List.of(Map.of("id", alice, "name", "Alice Martin"), Map.of("name", "Chloé")));
        given().auth().oauth2(Tokens.sophie()).contentType("application/json").header("If-Match", read.header("ETag")).body(change)
                .when().put("/api/v1/organizations/" + id).then().statusCode(200)
                .body("contacts.name", equalTo(List.of("Alice Martin", "Chloé")))
                .body("contacts[0].id", equalTo(alice));
        Map<String, Object> foreign = RequestData.organization("Contacts", "LAN-JOLIETTE");
        foreign.put("contacts", List.of(Map.of("id", "11000000-0000-4000-8000-000000000001", "name", "Pas à nous")));
        given().auth().oauth2(Tokens.sophie()).contentType("application/json")
                .header("If-Match", RequestData.etag(Tokens.sophie(), "/api/v1/organizations/" + id)).body(foreign)
                .when().put("/api/v1/organizations/" + id).then().statusCode(422).body("errors[0].field", equalTo("contacts[0].id"));
    }
}
