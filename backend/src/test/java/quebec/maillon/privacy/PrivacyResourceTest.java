package quebec.maillon.privacy;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import quebec.maillon.support.Tokens;

@QuarkusTest
class PrivacyResourceTest {

    @Inject
    EntityManager em;

    private static String admin() {
        return Tokens.forRole("admin", "CISSS-LAN");
    }

    /** An organization of CISSS-LAN whose last dealings were {@code yearsAgo} years ago, with one contact. */
    private UUID[] organizationLastSeen(int yearsAgo, String email) {
        UUID org = UUID.randomUUID();
        UUID contact = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("INSERT INTO organization (id, establishment_code, type_code, name, territory_code, created_at, updated_at) "
                    + "VALUES (?1, 'CISSS-LAN', 'COMMUNITY_ORGANIZATION', ?2, 'LAN-JOLIETTE', now() - make_interval(years => ?3), now() - make_interval(years => ?3))")
                    .setParameter(1, org).setParameter(2, "Organisme " + org).setParameter(3, yearsAgo).executeUpdate();
            em.createNativeQuery("INSERT INTO organization_contact (id, organization_id, name, role, email, phone) "
                    + "VALUES (?1, ?2, 'Lucie Gagné', 'Coordonnatrice', ?3, '450 555-0101')")
                    .setParameter(1, contact).setParameter(2, org).setParameter(3, email).executeUpdate();
        });
        return new UUID[] {org, contact};
    }

    @Test
    void dryRunListsExpiredContactsOnlyAndChangesNothing() {
        UUID[] expired = organizationLastSeen(8, "old." + UUID.randomUUID() + "@example.org");
        UUID[] recent = organizationLastSeen(2, "new." + UUID.randomUUID() + "@example.org");
        given().auth().oauth2(admin()).when().post("/api/v1/privacy/anonymize-run?dryRun=true")
                .then().statusCode(200)
                .body("dryRun", equalTo(true))
                .body("contactRetentionYears", equalTo(7))
                .body("contacts.contactId", hasItem(expired[1].toString()))
                .body("contacts.contactId", not(hasItem(recent[1].toString())));
        String name = (String) em.createNativeQuery("SELECT name FROM organization_contact WHERE id = ?1")
                .setParameter(1, expired[1]).getSingleResult();
        assertEquals("Lucie Gagné", name);
    }

    @Test
    void runAnonymizesExpiredContactsKeepsTheRowsAndAuditsIt() {
        UUID[] expired = organizationLastSeen(9, "gone." + UUID.randomUUID() + "@example.org");
        UUID[] recent = organizationLastSeen(1, "kept." + UUID.randomUUID() + "@example.org");
        given().auth().oauth2(admin()).when().post("/api/v1/privacy/anonymize-run?dryRun=false")
                .then().statusCode(200).body("contacts.contactId", hasItem(expired[1].toString()));
        Object[] row = (Object[]) em.createNativeQuery("SELECT name, email, phone, anonymized_at FROM organization_contact WHERE id = ?1")
                .setParameter(1, expired[1]).getSingleResult();
        assertEquals(RetentionService.ANONYMIZED_NAME, row[0]);
        assertNull(row[1]);
        assertNull(row[2]);
        org.junit.jupiter.api.Assertions.assertNotNull(row[3]);
        Object keptName = em.createNativeQuery("SELECT name FROM organization_contact WHERE id = ?1").setParameter(1, recent[1]).getSingleResult();
        assertEquals("Lucie Gagné", keptName);
        given().auth().oauth2(Tokens.sophie()).queryParam("recordId", expired[1].toString())
                .when().get("/api/v1/audit")
                .then().statusCode(200)
                .body("items[0].action", equalTo("ANONYMIZE"))
                .body("items[0].recordType", equalTo("organization-contact"));
    }

    @Test
    void shorterRetentionNeedsIfMatchAndWidensTheRule() {
        String etag = given().auth().oauth2(Tokens.forRole("admin", "CIUSSS-NIM")).when().get("/api/v1/privacy/retention")
                .then().statusCode(200).body("contactRetentionYears", notNullValue()).extract().header("ETag");
        given().auth().oauth2(Tokens.forRole("admin", "CIUSSS-NIM")).contentType("application/json").body("{\"contactRetentionYears\": 5}")
                .when().put("/api/v1/privacy/retention").then().statusCode(428);
        given().auth().oauth2(Tokens.forRole("admin", "CIUSSS-NIM")).contentType("application/json").body("{\"contactRetentionYears\": 0}")
                .header("If-Match", etag).when().put("/api/v1/privacy/retention").then().statusCode(422)
                .body("errors[0].field", equalTo("contactRetentionYears"));
        given().auth().oauth2(Tokens.forRole("admin", "CIUSSS-NIM")).contentType("application/json").body("{\"contactRetentionYears\": 5}")
                .header("If-Match", etag).when().put("/api/v1/privacy/retention").then().statusCode(200)
                .body("contactRetentionYears", equalTo(5));
        given().auth().oauth2(Tokens.forRole("admin", "CIUSSS-NIM")).contentType("application/json").body("{\"contactRetentionYears\": 6}")
                .header("If-Match", etag).when().put("/api/v1/privacy/retention").then().statusCode(412);
    }

    @Test
    void personExportFindsContactsByEmailCaseInsensitivelyAndIsAudited() {
        String email = "Lucie." + UUID.randomUUID() + "@Example.org";
        UUID[] org = organizationLastSeen(1, email);
        given().auth().oauth2(admin()).queryParam("email", email.toUpperCase())
                .when().get("/api/v1/privacy/persons")
                .then().statusCode(200)
                .body("contacts[0].contactId", equalTo(org[1].toString()))
                .body("contacts[0].name", equalTo("Lucie Gagné"))
                .body("contacts[0].phone", equalTo("450 555-0101"));
        given().auth().oauth2(Tokens.sophie()).queryParam("action", "READ_PERSONAL").queryParam("recordType", "person")
                .when().get("/api/v1/audit")
                .then().statusCode(200).body("items.recordId", hasItem(email.toLowerCase()));
    }

    @Test
    void personExportNeedsAValidEmailAndTheAdminRole() {
        given().auth().oauth2(admin()).queryParam("email", "not-an-email").when().get("/api/v1/privacy/persons")
                .then().statusCode(422).body("errors[0].field", equalTo("email"));
        given().auth().oauth2(Tokens.sophie()).queryParam("email", "a@b.ca").when().get("/api/v1/privacy/persons")
                .then().statusCode(403);
    }

    @Test
    void incidentsAreRecordedUpdatedAndScopedToTheEstablishment() {
        String body = "{\"discoveredOn\":\"2026-10-03\",\"nature\":\"Courriel au mauvais destinataire\",\"riskLevel\":\"SERIOUS\"}";
        String key = UUID.randomUUID().toString();
        String id = given().auth().oauth2(admin()).contentType("application/json").header("Idempotency-Key", key).body(body)
                .when().post("/api/v1/privacy/incidents").then().statusCode(201).body("status", equalTo("OPEN"))
                .extract().path("id");
        given().auth().oauth2(admin()).contentType("application/json").header("Idempotency-Key", key).body(body)
                .when().post("/api/v1/privacy/incidents").then().statusCode(201).body("id", equalTo(id))
                .header("Idempotent-Replayed", "true");
        String etag = given().auth().oauth2(admin()).when().get("/api/v1/privacy/incidents/" + id).then().statusCode(200)
                .extract().header("ETag");
        given().auth().oauth2(admin()).contentType("application/json").header("If-Match", etag)
                .body("{\"discoveredOn\":\"2026-10-03\",\"nature\":\"Courriel au mauvais destinataire\",\"riskLevel\":\"SERIOUS\",\"status\":\"CLOSED\"}")
                .when().put("/api/v1/privacy/incidents/" + id).then().statusCode(422).body("errors[0].field", equalTo("status"));
        given().auth().oauth2(Tokens.forRole("admin", "CIUSSS-NIM")).when().get("/api/v1/privacy/incidents/" + id).then().statusCode(404);
        given().auth().oauth2(admin()).contentType("application/json")
                .body("{\"discoveredOn\":\"2026-10-03\",\"occurredOn\":\"2026-10-09\",\"riskLevel\":\"HUGE\"}")
                .when().post("/api/v1/privacy/incidents").then().statusCode(422)
                .body("errors.field", hasItem("nature")).body("errors.field", hasItem("riskLevel"));
    }

    @Test
    void auditTrailIsForManagersAndAdminsOnlyAndCannotBeChanged() {
        given().auth().oauth2(Tokens.marie()).when().get("/api/v1/audit").then().statusCode(403);
        given().auth().oauth2(Tokens.client("maillon-integration-lan", "integration", "CISSS-LAN")).when().get("/api/v1/audit").then().statusCode(403);
        given().auth().oauth2(Tokens.sophie()).when().delete("/api/v1/audit").then().statusCode(405);
        org.junit.jupiter.api.Assertions.assertThrows(Exception.class, () -> QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery("DELETE FROM audit_entry").executeUpdate()));
    }
}
