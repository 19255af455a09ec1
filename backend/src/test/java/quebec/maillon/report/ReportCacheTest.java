package quebec.maillon.report;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import quebec.maillon.support.Tokens;

/**
 * The report cache (ReportCache, V10) serves computed figures again only while the data they count is unchanged: a
 * second identical report is served from the cache; a change of any record the figures read (by date in the period,
 * or in every year: interventions, their codes and organizations, concertation members, organization types) is in
 * the next report; a change in another financial year or another establishment leaves the entry served. Own
 * establishments TEST-RPC and TEST-RPD, so that the other tests never move these figures.
 */
@QuarkusTest
class ReportCacheTest {

    private static final String FY = "FY2025-2026";
    private static final String ACTIVITY = "INSERT INTO activity (id, establishment_code, organizer_id, occurred_on, duration_minutes, %s) "
            + "VALUES (gen_random_uuid(), '%s', '%s', '%s', 60, '%s');";

    @Inject
    DataSource dataSource;

    @Inject
    ReportCache cache;

    private long hits;
    private long misses;

    @Test
    void figuresAreServedAgainUntilTheDataTheyCountChanges() throws Exception {
        String organizer = "a2000000-0000-4000-8000-000000000001";
        String community = "b2000000-0000-4000-8000-000000000001";
        String municipality = "b2000000-0000-4000-8000-000000000002";
        String concertation = "c2000000-0000-4000-8000-000000000001";
        String intervention = "d2000000-0000-4000-8000-000000000001";
        sql("""
                INSERT INTO establishment (code, kind, label_fr, label_en) VALUES ('TEST-RPC', 'CISSS', 'CISSS C', 'CISSS C'),
                    ('TEST-RPD', 'CISSS', 'CISSS D', 'CISSS D');
                INSERT INTO territory (code, establishment_code, kind, label_fr, label_en, sort_order) VALUES
                    ('RPC-1', 'TEST-RPC', 'MRC', 'C1', 'C1', 1), ('RPC-2', 'TEST-RPC', 'MRC', 'C2', 'C2', 2),
                    ('RPD-1', 'TEST-RPD', 'MRC', 'D1', 'D1', 1);
                INSERT INTO organizer (id, establishment_code, username, name) VALUES
                    ('%1$s', 'TEST-RPC', 'c', 'C'), ('a2000000-0000-4000-8000-000000000002', 'TEST-RPD', 'd', 'D');
                INSERT INTO organization (id, establishment_code, type_code, name, territory_code) VALUES
                    ('%2$s', 'TEST-RPC', 'COMMUNITY_ORGANIZATION', 'Organisme C', 'RPC-1'),
                    ('%3$s', 'TEST-RPC', 'MUNICIPALITY', 'Ville C', 'RPC-1');
                INSERT INTO concertation (id, establishment_code, name, kind_code, scope, territory_code)
                    VALUES ('%4$s', 'TEST-RPC', 'Table C', 'THEMATIC_TABLE', 'LOCAL', 'RPC-1'),
                           ('c2000000-0000-4000-8000-000000000002', 'TEST-RPD', 'Table D', 'THEMATIC_TABLE', 'LOCAL', 'RPD-1');
                INSERT INTO intervention (id, establishment_code, title, territory_code, lead_organizer_id, service_offer_code, status, opened_on)
                    VALUES ('%5$s', 'TEST-RPC', 'Intervention C', 'RPC-1', '%1$s', 'ORGANIZATION_SUPPORT', 'ACTIVE', '2025-04-01');
                INSERT INTO intervention_organization (intervention_id, organization_id) VALUES ('%5$s', '%2$s');
                """.formatted(organizer, community, municipality, concertation, intervention)
                + ACTIVITY.formatted("intervention_id", "TEST-RPC", organizer, "2025-06-10", intervention)
                + ACTIVITY.formatted("concertation_id", "TEST-RPC", organizer, "2025-07-10", concertation));
        String token = Tokens.person("gestion.rpc", "Gestion C", "manager", "TEST-RPC", List.of("RPC-1")).sign();

        count();
        JsonPath s = summary(token, FY, null);
        assertEquals(2, s.getInt("activities"));
        assertEquals(1, s.getInt("communityOrganizationsSupported"));
        assertEquals(0, s.getInt("municipalitiesAndSchools"));
        assertCounted(0, 2, "computed: activity figures and request figures");
        assertEquals(s.prettify(), summary(token, FY, null).prettify());
        assertCounted(2, 0, "served again, the same");

        // Another financial year, another establishment: the entry is still exact.
        sql(ACTIVITY.formatted("intervention_id", "TEST-RPC", organizer, "2026-06-10", intervention)
                + ACTIVITY.formatted("concertation_id", "TEST-RPD", "a2000000-0000-4000-8000-000000000002", "2025-06-10",
                        "c2000000-0000-4000-8000-000000000002"));
        assertEquals(2, summary(token, FY, null).getInt("activities"));
        assertCounted(2, 0, "changes elsewhere");
        assertEquals(1, summary(token, "FY2026-2027", null).getInt("activities"));
        assertCounted(0, 2, "the other year");

        // Records counted by date, in the period.
        sql(ACTIVITY.formatted("intervention_id", "TEST-RPC", organizer, "2026-03-31", intervention));
        assertEquals(3, summary(token, FY, null).getInt("activities"));
        assertCounted(0, 2, "an activity of the year");
        sql(("INSERT INTO service_request (id, establishment_code, organization_id, received_on, channel_code, territory_code, "
                + "service_offer_code, need, status) VALUES (gen_random_uuid(), 'TEST-RPC', '%s', '2025-05-01', 'PHONE', 'RPC-1', "
                + "'ORGANIZATION_SUPPORT', 'C', 'RECEIVED');").formatted(community));
        assertEquals(1, summary(token, FY, null).getInt("requests.received"));
        assertCounted(0, 2, "a request received in the year");

        // Records that count in every year of the establishment.
        sql("UPDATE organization SET type_code = 'MUNICIPALITY' WHERE id = '%s';".formatted(community));
        s = summary(token, FY, null);
        assertEquals(0, s.getInt("communityOrganizationsSupported"));
        assertEquals(1, s.getInt("municipalitiesAndSchools"));
        assertCounted(0, 2, "an organization's type");
        sql(("INSERT INTO concertation_member (id, concertation_id, organization_id, joined_on) VALUES "
                + "(gen_random_uuid(), '%s', '%s', '2020-01-01');").formatted(concertation, municipality));
        assertEquals(2, summary(token, FY, null).getInt("municipalitiesAndSchools"));
        assertCounted(0, 2, "a member of a concertation");
        assertEquals(3, summary(token, FY, "RPC-1").getInt("activities"));
        sql("UPDATE intervention SET territory_code = 'RPC-2' WHERE id = '%s';".formatted(intervention));
        assertEquals(1, summary(token, FY, "RPC-1").getInt("activities"), "the activity of the concertation");
        assertCounted(0, 4, "the territory of an intervention (and the first report of the territory)");
        summary(token, FY, "RPC-1");
        assertCounted(2, 0, "the territory's report, served again");

        JsonPath b = breakdown(token, "determinant");
        assertEquals(3, b.getInt("rows.find { it.code == 'NONE' }.activities"));
        sql("INSERT INTO intervention_determinant (intervention_id, code) VALUES ('%s', 'POVERTY');".formatted(intervention));
        b = breakdown(token, "determinant");
        assertEquals(2, b.getInt("rows.find { it.code == 'POVERTY' }.activities"));
        assertEquals(1, b.getInt("rows.find { it.code == 'NONE' }.activities"), "the activity of the concertation");
        assertCounted(0, 2, "the codes of an intervention");
        breakdown(token, "determinant");
        assertCounted(1, 0, "the breakdown, served again");
    }

    private void count() {
        hits = cache.hits();
        misses = cache.misses();
    }

    private void assertCounted(int servedAgain, int computed, String what) {
        assertEquals(servedAgain, cache.hits() - hits, what + ": figures served again");
        assertEquals(computed, cache.misses() - misses, what + ": figures computed");
        count();
    }

    private static JsonPath summary(String token, String period, String territory) {
        var spec = given().auth().oauth2(token).queryParam("period", period);
        if (territory != null) {
            spec.queryParam("territory", territory);
        }
        return spec.when().get("/api/v1/reports/summary").then().statusCode(200).extract().jsonPath();
    }

    private static JsonPath breakdown(String token, String dimension) {
        return given().auth().oauth2(token).queryParams(Map.of("period", FY, "dimension", dimension))
                .when().get("/api/v1/reports/breakdown").then().statusCode(200).extract().jsonPath();
    }

    private void sql(String statements) throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute(statements);
        }
    }
}
