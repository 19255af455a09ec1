package quebec.maillon.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static quebec.maillon.support.Api.activity;
import static quebec.maillon.support.Api.as;
import static quebec.maillon.support.Api.createActivity;
import static quebec.maillon.support.Api.createIntervention;
import static quebec.maillon.support.Api.intervention;
import static quebec.maillon.support.Api.today;
import static quebec.maillon.support.Api.unique;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.sql.Connection;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import quebec.maillon.support.Db;
import quebec.maillon.support.RequestData;
import quebec.maillon.support.SyncClient;
import quebec.maillon.support.TestData;
import quebec.maillon.support.Tokens;

/**
 * The synchronization protocol (docs/sync.md): the database's clock, the horizon of a pass, nextUpdatedSince, and
 * archived, anonymized and deleted records in the feeds. SyncUnderConcurrentWritesTest runs it under load.
 */
@QuarkusTest
class SyncFeedTest {

    private static final String ORGS = "/api/v1/organizations";

    private static String integration() {
        return Tokens.client("maillon-integration-lan", "integration", "CISSS-LAN");
    }

    private static Instant instant(Object value) {
        return value instanceof OffsetDateTime o ? o.toInstant() : OffsetDateTime.parse(value.toString()).toInstant();
    }

    private static Map<String, Object> organizationRow(String id) {
        return Db.row("SELECT created_at, updated_at, version FROM organization WHERE id = ?", UUID.fromString(id));
    }

    // ------------------------------------------------------------------------------------------- the clock

    @Test
    void theDatabaseStampsUpdatedAtAndTheAnswerShowsWhatIsStored() {
        Response created = as(Tokens.sophie()).body(RequestData.organization("Horloge " + RequestData.marker(), "LAN-JOLIETTE"))
                .when().post(ORGS).then().statusCode(201).extract().response();
        String id = created.path("id");
        Map<String, Object> row = organizationRow(id);
        assertEquals(instant(row.get("updated_at")), instant(created.path("updatedAt")), "the answer shows the stored updatedAt");
        assertEquals(instant(row.get("created_at")), instant(created.path("createdAt")));
        assertEquals(instant(row.get("created_at")), instant(row.get("updated_at")), "created and updated in one transaction");

        Map<String, Object> change = RequestData.organization("Horloge renommée", "LAN-JOLIETTE");
        Response updated = as(Tokens.sophie()).header("If-Match", created.header("ETag")).body(change)
                .when().put(ORGS + "/" + id).then().statusCode(200).extract().response();
        row = organizationRow(id);
        assertEquals(instant(row.get("updated_at")), instant(updated.path("updatedAt")));
        assertTrue(instant(row.get("updated_at")).isAfter(instant(row.get("created_at"))));
        given().auth().oauth2(Tokens.sophie()).when().get(ORGS + "/" + id).then().statusCode(200)
                .header("ETag", updated.header("ETag")).body("updatedAt", equalTo(updated.path("updatedAt")));

        // Whoever writes, a change cannot be back-dated: the trigger stamps the transaction's start.
        Db.update("UPDATE organization SET city = 'Rawdon', updated_at = '2001-01-01T00:00:00Z' WHERE id = ?", UUID.fromString(id));
        assertTrue(instant(organizationRow(id).get("updated_at")).isAfter(Instant.parse("2020-01-01T00:00:00Z")));
    }

    // ------------------------------------------------------------------------------------------- the horizon

    @Test
    void everyPageOfAPassHasTheSameWindowAndTheLastOneSaysWhereTheNextStarts() {
        String since = Instant.now().minusSeconds(1).toString();
        Set<String> first = new HashSet<>();
        for (int i = 0; i < 4; i++) {
            first.add(RequestData.createOrganization(Tokens.sophie(), "Fenêtre " + i + " " + RequestData.marker(), "LAN-DAUTRAY"));
        }
        SyncClient.settle();
        Response page1 = given().auth().oauth2(integration()).queryParam("updatedSince", since).queryParam("limit", 1)
                .when().get(ORGS).then().statusCode(200).body("nextCursor", notNullValue())
                .body("nextUpdatedSince", nullValue()).extract().response();
        // Created after the pass began: after its horizon, so in the next pass, not in this one.
        String late = RequestData.createOrganization(Tokens.sophie(), "Fenêtre tardive " + RequestData.marker(), "LAN-DAUTRAY");
        SyncClient.settle();
        Set<String> seen = new HashSet<>(page1.path("items.id"));
        String cursor = page1.path("nextCursor");
        String next = null;
        while (cursor != null) {
            Response page = given().auth().oauth2(integration()).queryParam("updatedSince", since).queryParam("limit", 1)
                    .queryParam("cursor", cursor).when().get(ORGS).then().statusCode(200).extract().response();
            List<String> ids = page.path("items.id");
            ids.forEach(id -> assertTrue(seen.add(id), "no record twice in a pass"));
            cursor = page.path("nextCursor");
            next = page.path("nextUpdatedSince");
            assertTrue(cursor == null || next == null, "nextUpdatedSince only on the last page");
        }
        assertTrue(seen.containsAll(first), "every record of the window");
        assertFalse(seen.contains(late), "nothing after the pass's horizon");
        assertNotNull(next);
        assertTrue(Instant.parse(next).isBefore(instant(organizationRow(late).get("updated_at"))), "the horizon is before the late change");

        SyncClient.Pass second = SyncClient.pass(integration(), ORGS, Map.of(), next, 200);
        assertTrue(second.ids().contains(late), "the next pass brings what changed after the horizon");
        first.forEach(id -> assertFalse(second.ids().contains(id), "and nothing already received"));
        assertFalse(Instant.parse(second.nextUpdatedSince()).isBefore(Instant.parse(next)), "the horizon never goes back");
    }

    @Test
    void aTransactionStillOpenHoldsTheHorizonBackUntilItCommits() throws Exception {
        SyncClient.settle();
        String since = SyncClient.pass(integration(), ORGS, Map.of(), "1970-01-01T00:00:00Z", 200).nextUpdatedSince();
        UUID slow = UUID.randomUUID();
        String quick;
        OffsetDateTime slowStart;
        try (Connection c = Db.connect()) {
            c.setAutoCommit(false);
            // Another writer (a second API instance, a script) begins, writes, and takes its time to commit.
            Db.update(c, "INSERT INTO organization (id, establishment_code, type_code, name, territory_code) "
                    + "VALUES (?, 'CISSS-LAN', 'COMMUNITY_ORGANIZATION', ?, 'LAN-JOLIETTE')", slow, "Lente " + RequestData.marker());
            slowStart = (OffsetDateTime) Db.rows(c, "SELECT updated_at FROM organization WHERE id = ?", slow).get(0).get("updated_at");
            quick = RequestData.createOrganization(Tokens.sophie(), "Rapide " + RequestData.marker(), "LAN-JOLIETTE");
            SyncClient.settle();
            SyncClient.Pass during = SyncClient.pass(integration(), ORGS, Map.of(), since, 200);
            assertFalse(during.ids().contains(slow.toString()), "not committed yet");
            assertFalse(during.ids().contains(quick), "committed, but after the start of a transaction still open");
            assertTrue(Instant.parse(during.nextUpdatedSince()).isBefore(slowStart.toInstant()), "held back by the open transaction");
            since = during.nextUpdatedSince();
            c.commit();
        }
        SyncClient.settle();
        SyncClient.Pass after = SyncClient.pass(integration(), ORGS, Map.of(), since, 200);
        assertTrue(after.ids().contains(slow.toString()), "the late commit is not missed");
        assertTrue(after.ids().contains(quick));
    }

    @Test
    void aCursorOfAnotherListOrModeIsRefused() {
        String plain = given().auth().oauth2(integration()).queryParam("limit", 1).when().get(ORGS)
                .then().statusCode(200).extract().path("nextCursor");
        given().auth().oauth2(integration()).queryParam("updatedSince", "2000-01-01T00:00:00Z").queryParam("cursor", plain)
                .when().get(ORGS).then().statusCode(422).body("errors[0].field", equalTo("cursor"));
        String sync = given().auth().oauth2(integration()).queryParam("updatedSince", "2000-01-01T00:00:00Z").queryParam("limit", 1)
                .when().get("/api/v1/activities").then().statusCode(200).extract().path("nextCursor");
        given().auth().oauth2(integration()).queryParam("updatedSince", "2000-01-01T00:00:00Z").queryParam("cursor", sync)
                .when().get("/api/v1/interventions").then().statusCode(422).body("errors[0].field", equalTo("cursor"));
    }

    // ------------------------------------------------------------------------------------------- what the feed shows

    @Test
    void archivedOrganizationsComeInTheFeedFlagged() {
        String id = RequestData.createOrganization(Tokens.sophie(), "Archivée " + RequestData.marker(), "LAN-JOLIETTE");
        SyncClient.settle();
        String since = SyncClient.pass(integration(), ORGS, Map.of(), Instant.now().minusSeconds(5).toString(), 200).nextUpdatedSince();
        given().auth().oauth2(Tokens.sophie()).header("If-Match", RequestData.etag(Tokens.sophie(), ORGS + "/" + id))
                .when().post(ORGS + "/" + id + "/archive").then().statusCode(200);
        SyncClient.settle();
        SyncClient.Pass pass = SyncClient.pass(integration(), ORGS, Map.of(), since, 200);
        Map<String, Object> item = pass.items().stream().filter(i -> id.equals(i.get("id"))).findFirst().orElseThrow();
        assertEquals(true, item.get("archived"));
        assertNotNull(item.get("archivedAt"));
        // The default list hides it; an explicit filter still applies to the feed.
        given().auth().oauth2(integration()).queryParam("limit", 200).when().get(ORGS).then().body("items.id", not(hasItem(id)));
        assertFalse(SyncClient.pass(integration(), ORGS, Map.of("archived", false), since, 200).ids().contains(id));
    }

    @Test
    void anonymizedContactsShowInTheFeedAndOnTheOrganization() {
        UUID org = UUID.randomUUID();
        UUID contact = UUID.randomUUID();
        Db.update("INSERT INTO organization (id, establishment_code, type_code, name, territory_code, created_at, updated_at) "
                + "VALUES (?, 'CISSS-LAN', 'COMMUNITY_ORGANIZATION', ?, 'LAN-JOLIETTE', now() - interval '9 years', now() - interval '9 years')",
                org, "Ancienne " + RequestData.marker());
        Db.update("INSERT INTO organization_contact (id, organization_id, name, email) VALUES (?, ?, 'Paul Ancien', 'paul@exemple.org')",
                contact, org);
        SyncClient.settle();
        String since = SyncClient.pass(integration(), ORGS, Map.of(), Instant.now().minusSeconds(5).toString(), 200).nextUpdatedSince();
        given().auth().oauth2(Tokens.forRole("admin", "CISSS-LAN")).when().post("/api/v1/privacy/anonymize-run?dryRun=false")
                .then().statusCode(200).body("contacts.contactId", hasItem(contact.toString()));
        SyncClient.settle();
        SyncClient.Pass pass = SyncClient.pass(integration(), ORGS, Map.of(), since, 200);
        Map<String, Object> item = pass.items().stream().filter(i -> org.toString().equals(i.get("id"))).findFirst()
                .orElseThrow(() -> new AssertionError("an anonymization is a change of the organization"));
        assertNotNull(item.get("contactsAnonymizedAt"));
        given().auth().oauth2(integration()).when().get(ORGS + "/" + org).then().statusCode(200)
                .body("contacts.id", not(hasItem(contact.toString())))
                .body("anonymizedContactIds", equalTo(List.of(contact.toString())))
                .body("contactsAnonymizedAt", notNullValue());
    }

    @Test
    void deletedActivitiesComeAfterTheChangedOnesOnTheLastPages() {
        String intervention = createIntervention(Tokens.sophie(), intervention(unique("Journal sync"), "LAN-JOLIETTE", TestData.MARIE));
        Map<String, String> filter = Map.of("intervention", intervention);
        List<String> ids = new java.util.ArrayList<>();
        for (int i = 0; i < 4; i++) {
            ids.add(createActivity(Tokens.sophie(), activity(intervention, today(), 30 + i)));
        }
        SyncClient.settle();
        SyncClient.Pass first = SyncClient.pass(integration(), "/api/v1/activities", filter, "1970-01-01T00:00:00Z", 200);
        assertEquals(new HashSet<>(ids), new HashSet<>(first.ids()));
        assertTrue(first.deleted().isEmpty());

        given().auth().oauth2(Tokens.sophie()).when().delete("/api/v1/activities/" + ids.get(0)).then().statusCode(204);
        given().auth().oauth2(Tokens.sophie()).when().delete("/api/v1/activities/" + ids.get(1)).then().statusCode(204);
        String added = createActivity(Tokens.sophie(), activity(intervention, today(), 45));
        SyncClient.settle();
        // One record a page: the changed activity, then the two deletions, then the end of the pass.
        SyncClient.Pass second = SyncClient.pass(integration(), "/api/v1/activities", filter, first.nextUpdatedSince(), 1);
        assertEquals(List.of(added), second.ids());
        assertEquals(Set.of(ids.get(0), ids.get(1)), new HashSet<>(second.deleted().stream().map(d -> (String) d.get("id")).toList()));
        second.deleted().forEach(d -> assertNotNull(d.get("deletedAt")));
        assertTrue(second.pages() >= 3);
        given().auth().oauth2(integration()).queryParam("intervention", intervention).when().get("/api/v1/activities")
                .then().statusCode(200).body("deleted", nullValue());

        SyncClient.settle();
        SyncClient.Pass third = SyncClient.pass(integration(), "/api/v1/activities", filter, second.nextUpdatedSince(), 200);
        assertTrue(third.items().isEmpty() && third.deleted().isEmpty(), "nothing twice");
    }

    @Test
    void subResourceChangesComeAsChangesOfTheirParent() {
        SyncClient.settle();
        String since = SyncClient.pass(integration(), ORGS, Map.of(), Instant.now().minusSeconds(5).toString(), 200).nextUpdatedSince();
        // A request that names a new contact of an existing organization changes the organization (its contacts).
        String org = RequestData.createOrganization(Tokens.sophie(), "Contact ajouté " + RequestData.marker(), "LAN-JOLIETTE");
        SyncClient.settle();
        since = SyncClient.pass(integration(), ORGS, Map.of(), since, 200).nextUpdatedSince();
        Map<String, Object> intake = RequestData.request(org, "LAN-JOLIETTE", "Besoin de soutien pour le conseil d'administration.");
        intake.put("contact", Map.of("name", "Nouvelle Personne", "email", "nouvelle@exemple.org"));
        String request = RequestData.createRequest(Tokens.sophie(), intake);
        SyncClient.settle();
        assertTrue(SyncClient.pass(integration(), ORGS, Map.of(), since, 200).ids().contains(org));
        SyncClient.Pass requests = SyncClient.pass(integration(), "/api/v1/requests", Map.of(), since, 200);
        assertTrue(requests.ids().contains(request));

        // A decision (a transition) changes the request.
        String afterIntake = requests.nextUpdatedSince();
        RequestData.moveTo(request, "UNDER_ANALYSIS");
        SyncClient.settle();
        SyncClient.Pass decided = SyncClient.pass(integration(), "/api/v1/requests", Map.of(), afterIntake, 200);
        assertEquals(List.of(request), decided.ids().stream().filter(request::equals).toList());
    }

    @Test
    void theOrganizerDirectorySynchronizesToo() {
        String admin = Tokens.forRole("admin", "CISSS-LAN");
        SyncClient.settle();
        SyncClient.Pass all = SyncClient.pass(admin, "/api/v1/organizers", Map.of(), "1970-01-01T00:00:00Z", 2);
        assertTrue(all.ids().contains(TestData.MARIE));
        all.items().forEach(o -> assertNotNull(o.get("updatedAt")));
        Response marie = given().auth().oauth2(admin).when().get("/api/v1/organizers/" + TestData.MARIE).then().statusCode(200).extract().response();
        Map<String, Object> body = new java.util.LinkedHashMap<>();
        body.put("username", marie.path("username"));
        body.put("name", marie.path("name"));
        body.put("email", marie.path("email"));
        body.put("territories", marie.path("territories"));
        body.put("active", marie.path("active"));
        as(admin).header("If-Match", marie.header("ETag")).body(body).when().put("/api/v1/organizers/" + TestData.MARIE)
                .then().statusCode(200);
        SyncClient.settle();
        SyncClient.Pass next = SyncClient.pass(admin, "/api/v1/organizers", Map.of(), all.nextUpdatedSince(), 2);
        assertEquals(List.of(TestData.MARIE), next.ids());
        assertNull(given().auth().oauth2(admin).when().get("/api/v1/organizers").then().extract().path("nextUpdatedSince"));
    }
}
