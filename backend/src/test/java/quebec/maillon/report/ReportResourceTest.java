package quebec.maillon.report;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import quebec.maillon.support.Tokens;

/**
 * Exact figures on the hand-made data set of report/report-test-data.sql (establishments TEST-RPT and TEST-RPX, of
 * their own: the demo data never counts). FY2025-2026 = 2025-04-01 to 2026-03-31.
 *
 * <p>Activities of TEST-RPT: a1 2025-04-01 90 min I1 (NORD) FACILITATE+WRITE; a2 2025-05-15 60 min I1 ACCOMPANY;
 * a3 2026-03-31 120 min I2 (SUD, concerns T4) MOBILIZE; a4 2025-03-31 30 min I3 (before the year); a5 2025-04-01 45 min
 * T1 (local, NORD) no act; a6 2026-03-31 60 min T2 (regional) LIAISE+INFORM_REFER; a7 2026-04-01 T3 (after the year).
 * In the year: a1 a2 a3 a5 a6 = 5 activities, 375 min = 6.25 h → 6.3.
 */
@QuarkusTest
class ReportResourceTest {

    private static final String FY = "FY2025-2026";
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static boolean loaded;

    @Inject
    DataSource dataSource;

    @BeforeEach
    void load() throws Exception {
        synchronized (ReportResourceTest.class) {
            if (loaded) {
                return;
            }
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
                try (ResultSet rs = s.executeQuery("SELECT 1 FROM establishment WHERE code = 'TEST-RPT'")) {
                    if (!rs.next()) {
                        try (InputStream in = getClass().getResourceAsStream("/report/report-test-data.sql")) {
                            s.execute(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                        }
                    }
                }
            }
            loaded = true;
        }
    }

    private static String manager() {
        return Tokens.person("gestion.rpt", "Gestion Rapports", "manager", "TEST-RPT", List.of("RPT-NORD", "RPT-SUD")).sign();
    }

    private static String reporting() {
        return Tokens.client("maillon-reporting-rpt", "reporting", "TEST-RPT");
    }

    private static JsonPath summary(String token, Map<String, String> params) {
        return given().auth().oauth2(token).queryParams(params).when().get("/api/v1/reports/summary")
                .then().statusCode(200).contentType("application/json").extract().jsonPath();
    }

    @Test
    void summaryCountsTheWorkOfTheFinancialYear() {
        JsonPath s = summary(manager(), Map.of("period", FY));
        assertEquals("FY2025-2026", s.getString("period.code"));
        assertEquals("FISCAL_YEAR", s.getString("period.kind"));
        assertEquals("2025-04-01", s.getString("period.from"));
        assertEquals("2026-03-31", s.getString("period.to"));
        assertEquals("TEST-RPT", s.getString("establishment.code"));
        assertEquals(null, (Object) s.get("territory"));
        // T1 (activity on the first day), T2 (regional, activity on the last day), T4 (through intervention I2); not T3 (after).
        assertEquals(3, s.getInt("concertationPlaces"));
        // A (community, I1) and B (non-profit, I2); not G (I3 worked before the year), F (member only), H (citizen group), X (other establishment).
        assertEquals(2, s.getInt("communityOrganizationsSupported"));
        // C (I1 and member of T1: once), D (I2), S (joined T2 during the year), J (left T2 on the first day), L (joined T2 on the last day);
        // not E (left T1 the day before), K (joined T1 after), M2 (T3 has no activity in the year).
        assertEquals(5, s.getInt("municipalitiesAndSchools"));
        assertEquals(5, s.getInt("activities"));
        assertEquals(6.3f, s.getFloat("hours"));
        assertEquals(2, s.getInt("organizersActive"));
        // I1 is CLOSED today and counts; I3 had no activity in the year.
        assertEquals(2, s.getInt("interventions"));
        assertEquals("fr", s.getString("language"));
        assertEquals("Au cours de l’année financière 2025-2026 (du 1er avril 2025 au 31 mars 2026), le service d’organisation "
                + "communautaire du CISSS de Test-Rapports a accompagné 3 lieux de concertation, a offert son soutien à "
                + "2 organismes communautaires et a travaillé en concertation avec 5 municipalités et milieux scolaires.",
                s.getString("sentence"));
    }

    @Test
    void requestsAreCountedOnTheirFirstDecision() {
        JsonPath s = summary(manager(), Map.of("period", FY));
        // Received in the year: R1 R3 R4 R6 R7 R8 (not R2, R5: before).
        assertEquals(6, s.getInt("requests.received"));
        // First decision in the year: R1 accepted (10 days), R2 refused (16), R3 waitlisted (20; accepted later: stays waitlisted),
        // R7 refused (4), R8 refused at 23:30 on March 31, Québec time (11); not R5 (first decision before), R6 (after).
        assertEquals(5, s.getInt("requests.decided"));
        assertEquals(1, s.getInt("requests.accepted"));
        assertEquals(3, s.getInt("requests.refused"));
        assertEquals(1, s.getInt("requests.waitlisted"));
        assertEquals(11.0f, s.getFloat("requests.medianDaysToDecision"));
        Map<String, Integer> reasons = new java.util.HashMap<>();
        List<Map<String, Object>> rows = s.getList("requests.refusalReasons");
        rows.forEach(r -> reasons.put((String) r.get("code"), (Integer) r.get("count")));
        assertEquals(Map.of("RELIGIOUS", 1, "NO_CAPACITY", 1, "OTHER_RESOURCE", 1),
                Map.copyOf(Maps.nonZero(reasons)));
        assertEquals("REQUESTER_NOT_ADMISSIBLE", rows.get(0).get("code"), "every reason, in the list's order");

        JsonPath nord = summary(manager(), Map.of("period", FY, "territory", "RPT-NORD"));
        assertEquals(3, nord.getInt("requests.received"));
        assertEquals(2, nord.getInt("requests.decided"));
        assertEquals(15.0f, nord.getFloat("requests.medianDaysToDecision"));
    }

    @Test
    void aTerritoryCountsItsOwnWorkAndLeavesRegionalConcertationsOut() {
        JsonPath nord = summary(manager(), Map.of("period", FY, "territory", "RPT-NORD"));
        assertEquals("RPT-NORD", nord.getString("territory.code"));
        assertEquals(3, nord.getInt("activities"));
        assertEquals(3.3f, nord.getFloat("hours"));
        assertEquals(1, nord.getInt("concertationPlaces"));
        assertEquals(1, nord.getInt("communityOrganizationsSupported"));
        assertEquals(1, nord.getInt("municipalitiesAndSchools"));
        assertEquals("Au cours de l’année financière 2025-2026 (du 1er avril 2025 au 31 mars 2026), le service d’organisation "
                + "communautaire du CISSS de Test-Rapports, sur le territoire des Hauts-Bois, a accompagné 1 lieu de concertation, "
                + "a offert son soutien à 1 organisme communautaire et a travaillé en concertation avec 1 municipalité ou milieu scolaire.",
                nord.getString("sentence"));

        JsonPath sud = summary(manager(), Map.of("period", FY, "territory", "RPT-SUD"));
        assertEquals(1, sud.getInt("activities"));
        assertEquals(2.0f, sud.getFloat("hours"));
        assertEquals(1, sud.getInt("concertationPlaces"));
        assertEquals(1, sud.getInt("communityOrganizationsSupported"));
        assertEquals(1, sud.getInt("municipalitiesAndSchools"));
    }

    @Test
    void zeroTakesTheSingularInFrenchAndThePluralInEnglish() {
        JsonPath fr = summary(manager(), Map.of("period", "2024", "territory", "RPT-SUD"));
        assertEquals(0, fr.getInt("activities"));
        assertEquals("En 2024, le service d’organisation communautaire du CISSS de Test-Rapports, sur le territoire de Sud-Érable, "
                + "a accompagné 0 lieu de concertation, a offert son soutien à 0 organisme communautaire et a travaillé en "
                + "concertation avec 0 municipalité ou milieu scolaire.", fr.getString("sentence"));
        JsonPath en = given().auth().oauth2(manager()).header("Accept-Language", "en-CA,en;q=0.9,fr;q=0.5")
                .queryParam("period", "2024").queryParam("territory", "RPT-SUD")
                .when().get("/api/v1/reports/summary").then().statusCode(200).header("Content-Language", "en")
                .extract().jsonPath();
        assertEquals("In 2024, the community organization service of CISSS de Test-Rapports, in the territory of Sud-Érable, "
                + "accompanied 0 concertation places, supported 0 community organizations and worked in concertation with "
                + "0 municipalities and school settings.", en.getString("sentence"));
    }

    @Test
    void theSentenceIsInEnglishWithAcceptLanguageEn() {
        given().auth().oauth2(manager()).header("Accept-Language", "en").queryParam("period", FY)
                .when().get("/api/v1/reports/summary")
                .then().statusCode(200)
                .header("Content-Language", "en")
                .body("language", equalTo("en"))
                .body("sentence", equalTo("In financial year 2025-2026 (April 1, 2025 to March 31, 2026), the community "
                        + "organization service of CISSS de Test-Rapports accompanied 3 concertation places, supported 2 "
                        + "community organizations and worked in concertation with 5 municipalities and school settings."));
    }

    @Test
    void financialPeriodsStartOnAprilFirstAndTheThirteenthEndsOnMarch31() {
        JsonPath p1 = summary(manager(), Map.of("period", "FY2025-2026-P01"));
        assertEquals("FISCAL_PERIOD", p1.getString("period.kind"));
        assertEquals("2025-04-01", p1.getString("period.from"));
        assertEquals("2025-04-28", p1.getString("period.to"));
        assertEquals(2, p1.getInt("activities"));
        assertEquals(2.3f, p1.getFloat("hours"));
        assertEquals(1, p1.getInt("concertationPlaces"));
        assertEquals(1, p1.getInt("communityOrganizationsSupported"));
        assertEquals(1, p1.getInt("municipalitiesAndSchools"));
        assertTrue(p1.getString("sentence").startsWith("Au cours de la période 1 de l’année financière 2025-2026 "
                + "(du 1er avril 2025 au 28 avril 2025), "), p1.getString("sentence"));

        JsonPath p13 = summary(manager(), Map.of("period", "FY2025-2026-P13"));
        assertEquals("2026-03-03", p13.getString("period.from"));
        assertEquals("2026-03-31", p13.getString("period.to"));
        assertEquals(2, p13.getInt("activities"));
        assertEquals(2, p13.getInt("concertationPlaces"));
        assertEquals(1, p13.getInt("communityOrganizationsSupported"));
        // D (I2), S and L (members of T2 during P13); J left T2 long before P13.
        assertEquals(3, p13.getInt("municipalitiesAndSchools"));

        JsonPath p7 = summary(manager(), Map.of("period", "FY2025-2026-P7"));
        assertEquals("FY2025-2026-P07", p7.getString("period.code"));
        assertEquals("2025-09-16", p7.getString("period.from"));
        assertEquals("2025-10-13", p7.getString("period.to"));
    }

    @Test
    void calendarYearsAndDateRangesAreInclusive() {
        JsonPath y = summary(manager(), Map.of("period", "2025"));
        assertEquals("CALENDAR_YEAR", y.getString("period.kind"));
        // a4 (2025-03-31), a1, a5 (2025-04-01), a2; not a3, a6 (2026).
        assertEquals(4, y.getInt("activities"));
        JsonPath day = summary(manager(), Map.of("from", "2025-04-01", "to", "2025-04-01"));
        assertEquals("RANGE", day.getString("period.kind"));
        assertEquals(2, day.getInt("activities"));
        assertTrue(day.getString("sentence").startsWith("Le 1er avril 2025, le service"), day.getString("sentence"));
        JsonPath range = summary(manager(), Map.of("from", "2025-03-31", "to", "2026-04-01"));
        assertEquals(7, range.getInt("activities"));
        assertTrue(range.getString("sentence").startsWith("Du 31 mars 2025 au 1er avril 2026, "), range.getString("sentence"));
    }

    @Test
    void anotherEstablishmentsDataNeverCounts() {
        JsonPath other = summary(Tokens.person("gestion.rpx", "Gestion Ailleurs", "manager", "TEST-RPX", List.of("RPX-EST")).sign(),
                Map.of("period", FY));
        assertEquals(2, other.getInt("activities"));
        assertEquals(12.0f, other.getFloat("hours"));
        assertEquals(1, other.getInt("concertationPlaces"));
        assertEquals(1, other.getInt("communityOrganizationsSupported"));
        assertEquals(1, other.getInt("municipalitiesAndSchools"));
        assertEquals(1, other.getInt("requests.received"));
        // and a territory of another establishment is not a territory of mine
        given().auth().oauth2(manager()).queryParam("period", FY).queryParam("territory", "RPX-EST")
                .when().get("/api/v1/reports/summary")
                .then().statusCode(422).body("errors.field", contains("territory"));
    }

    @Test
    void breakdownByDeterminantCountsEachCodeOfTheIntervention() {
        JsonPath b = given().auth().oauth2(manager()).queryParam("dimension", "determinant").queryParam("period", FY)
                .when().get("/api/v1/reports/breakdown").then().statusCode(200).extract().jsonPath();
        assertEquals("determinant", b.getString("dimension"));
        List<String> codes = b.getList("rows.code");
        assertEquals(14, codes.size(), "13 determinants, zeros included, then NONE");
        assertEquals("POVERTY", codes.get(0));
        assertEquals("NONE", codes.get(13));
        assertRow(b, "POVERTY", 2, 2.5f, 1, 0, 3, 1);
        assertRow(b, "FOOD_SECURITY", 2, 2.5f, 1, 0, 3, 1);
        assertRow(b, "HOUSING", 1, 2.0f, 1, 1, 2, 1);
        assertRow(b, "TRANSPORT", 0, 0.0f, 0, 0, 0, 0);
        assertRow(b, "NONE", 2, 1.8f, 0, 2, 0, 2);
        assertEquals("TOTAL", b.getString("total.code"));
        assertEquals(5, b.getInt("total.activities"));
        assertEquals(6.3f, b.getFloat("total.hours"));
        assertEquals(2, b.getInt("total.interventions"));
        assertEquals(3, b.getInt("total.concertations"));
        assertEquals(5, b.getInt("total.organizations"));
        assertEquals(2, b.getInt("total.organizers"));
    }

    @Test
    void breakdownByProfessionalActSharesAnActivitysHoursAmongItsActs() {
        JsonPath b = given().auth().oauth2(manager()).queryParam("dimension", "professionalAct").queryParam("period", FY)
                .when().get("/api/v1/reports/breakdown").then().statusCode(200).extract().jsonPath();
        assertRow(b, "FACILITATE", 1, 0.8f, 1, 0, 3, 1);     // a1: 90 min / 2 acts (a7 is after the year)
        assertRow(b, "WRITE", 1, 0.8f, 1, 0, 3, 1);
        assertRow(b, "ACCOMPANY", 1, 1.0f, 1, 0, 3, 1);
        assertRow(b, "MOBILIZE", 1, 2.0f, 1, 1, 2, 1);
        assertRow(b, "LIAISE", 1, 0.5f, 0, 1, 0, 1);
        assertRow(b, "INFORM_REFER", 1, 0.5f, 0, 1, 0, 1);
        assertRow(b, "NONE", 1, 0.8f, 0, 1, 0, 1);           // a5 has no act
        assertRow(b, "TRAIN", 0, 0.0f, 0, 0, 0, 0);
    }

    @Test
    void breakdownByTerritoryPutsRegionalConcertationsInNone() {
        JsonPath b = given().auth().oauth2(manager()).queryParam("dimension", "territory").queryParam("period", FY)
                .when().get("/api/v1/reports/breakdown").then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("RPT-NORD", "RPT-SUD", "NONE"), b.getList("rows.code"));
        assertEquals("Les Hauts-Bois", b.getString("rows[0].labelFr"));
        assertRow(b, "RPT-NORD", 3, 3.3f, 1, 1, 3, 2);
        assertRow(b, "RPT-SUD", 1, 2.0f, 1, 1, 2, 1);
        assertRow(b, "NONE", 1, 1.0f, 0, 1, 0, 1);
    }

    @Test
    void breakdownByServiceOfferAndAxis() {
        JsonPath b = given().auth().oauth2(manager()).queryParam("dimension", "serviceOffer").queryParam("period", FY)
                .when().get("/api/v1/reports/breakdown").then().statusCode(200).extract().jsonPath();
        assertRow(b, "ORGANIZATION_SUPPORT", 2, 2.5f, 1, 0, 3, 1);
        assertRow(b, "CONCERTATION_SUPPORT", 1, 2.0f, 1, 1, 2, 1);
        assertRow(b, "NONE", 2, 1.8f, 0, 2, 0, 2);
        JsonPath a = given().auth().oauth2(manager()).queryParam("dimension", "axis").queryParam("period", FY)
                .when().get("/api/v1/reports/breakdown").then().statusCode(200).extract().jsonPath();
        assertRow(a, "LOCAL_ORGANIZATIONS_SUPPORT", 2, 2.5f, 1, 0, 3, 1);
        assertRow(a, "NONE", 3, 3.8f, 1, 3, 2, 2);
    }

    @Test
    void breakdownByMonthAndFinancialPeriodListsEveryBucket() {
        JsonPath m = given().auth().oauth2(manager()).queryParam("dimension", "month").queryParam("period", FY)
                .when().get("/api/v1/reports/breakdown").then().statusCode(200).extract().jsonPath();
        assertEquals(12, m.getList("rows").size());
        assertEquals("2025-04", m.getString("rows[0].code"));
        assertEquals("avril 2025", m.getString("rows[0].labelFr"));
        assertEquals("April 2025", m.getString("rows[0].labelEn"));
        assertRow(m, "2025-04", 2, 2.3f, 1, 1, 3, 2);
        assertRow(m, "2025-05", 1, 1.0f, 1, 0, 3, 1);
        assertRow(m, "2026-03", 2, 3.0f, 1, 2, 2, 2);
        assertRow(m, "2025-12", 0, 0.0f, 0, 0, 0, 0);

        JsonPath p = given().auth().oauth2(manager()).queryParam("dimension", "fiscalPeriod").queryParam("period", FY)
                .when().get("/api/v1/reports/breakdown").then().statusCode(200).extract().jsonPath();
        assertEquals(13, p.getList("rows").size());
        assertEquals("FY2025-2026-P01", p.getString("rows[0].code"));
        assertEquals("FY2025-2026-P13", p.getString("rows[12].code"));
        assertRow(p, "FY2025-2026-P01", 2, 2.3f, 1, 1, 3, 2);
        assertRow(p, "FY2025-2026-P02", 1, 1.0f, 1, 0, 3, 1);
        assertRow(p, "FY2025-2026-P13", 2, 3.0f, 1, 2, 2, 2);
        assertRow(p, "FY2025-2026-P12", 0, 0.0f, 0, 0, 0, 0);
        // a date range over two financial years: the periods of both
        JsonPath two = given().auth().oauth2(manager()).queryParam("dimension", "fiscalPeriod")
                .queryParam("from", "2025-03-31").queryParam("to", "2025-04-01")
                .when().get("/api/v1/reports/breakdown").then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("FY2024-2025-P13", "FY2025-2026-P01"), two.getList("rows.code"));
        assertRow(two, "FY2024-2025-P13", 1, 0.5f, 1, 0, 1, 1);
    }

    @Test
    void theOrganizerBreakdownNamesOrganizersExceptForTheReportingRole() {
        JsonPath b = given().auth().oauth2(manager()).queryParam("dimension", "organizer").queryParam("period", FY)
                .when().get("/api/v1/reports/breakdown").then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("Hugo Bélanger", "Léa Côté"), b.getList("rows.labelFr"));
        assertRow(b, "a0000000-0000-4000-8000-000000000002", 2, 2.8f, 1, 2, 2, 1);
        assertRow(b, "a0000000-0000-4000-8000-000000000001", 3, 3.5f, 1, 1, 3, 1);
        given().auth().oauth2(reporting()).queryParam("dimension", "organizer").queryParam("period", FY)
                .when().get("/api/v1/reports/breakdown").then().statusCode(200)
                .body("rows", hasSize(2))
                .body("rows.code", hasItem("a0000000-0000-4000-8000-000000000001"))
                .body("rows[0].labelFr", nullValue())
                .body("rows[1].labelEn", nullValue());
    }

    @Test
    void breakdownAsCsvHasABomFrenchHeadersAndIntactAccents() {
        byte[] body = given().auth().oauth2(reporting()).accept("text/csv")
                .queryParam("dimension", "determinant").queryParam("period", FY)
                .when().get("/api/v1/reports/breakdown")
                .then().statusCode(200).contentType(startsWith("text/csv"))
                .header("Content-Disposition", startsWith("attachment; filename=\"maillon-ventilation-determinant-TEST-RPT-FY2025-2026"))
                .extract().asByteArray();
        assertArrayEquals(BOM, Arrays.copyOf(body, 3));
        List<String> lines = lines(body);
        assertEquals("code,libellé français,libellé anglais,activités,heures,interventions,lieux de concertation,organismes,organisateurs",
                lines.get(0));
        assertTrue(lines.contains("FOOD_SECURITY,Sécurité alimentaire,Food security,2,2.5,1,0,3,1"), lines.toString());
        assertTrue(lines.contains("EDUCATION,Éducation,Education,0,0.0,0,0,0,0"), lines.toString());
        assertEquals(15, lines.size(), "header + 14 rows");

        List<String> en = lines(given().auth().oauth2(reporting()).accept("text/csv").header("Accept-Language", "en")
                .queryParam("dimension", "determinant").queryParam("period", FY)
                .when().get("/api/v1/reports/breakdown").then().statusCode(200).extract().asByteArray());
        assertEquals("code,French label,English label,activities,hours,interventions,concertation places,organizations,organizers",
                en.get(0));
    }

    @Test
    void summaryAsCsvHasOneLinePerFigure() {
        byte[] body = given().auth().oauth2(reporting()).accept("text/csv").queryParam("period", FY)
                .when().get("/api/v1/reports/summary")
                .then().statusCode(200).contentType(startsWith("text/csv")).extract().asByteArray();
        assertArrayEquals(BOM, Arrays.copyOf(body, 3));
        List<String> lines = lines(body);
        assertEquals("indicateur,libellé,valeur", lines.get(0));
        assertTrue(lines.contains("CONCERTATION_PLACES,Lieux de concertation accompagnés,3"), lines.toString());
        assertTrue(lines.contains("MUNICIPALITIES_AND_SCHOOLS,Municipalités et milieux scolaires,5"), lines.toString());
        assertTrue(lines.contains("HOURS,Heures,6.3"), lines.toString());
        assertTrue(lines.contains("MEDIAN_DAYS_TO_DECISION,Délai médian de décision (jours),11.0"), lines.toString());
        assertTrue(lines.contains("REQUESTS_REFUSED_RELIGIOUS,Refus : Caractère religieux,1"), lines.toString());
        assertTrue(lines.get(lines.size() - 1).startsWith("SENTENCE,Phrase du communiqué,\"Au cours de l’année financière 2025-2026"),
                lines.get(lines.size() - 1));
    }

    @Test
    void theActivitiesExportIsACsvOfEveryActivityWithoutNotes() {
        byte[] body = given().auth().oauth2(manager()).queryParam("period", FY)
                .when().get("/api/v1/reports/activities")
                .then().statusCode(200).contentType(startsWith("text/csv"))
                .header("Content-Disposition", startsWith("attachment; filename=\"maillon-activites-TEST-RPT-FY2025-2026"))
                .extract().asByteArray();
        assertArrayEquals(BOM, Arrays.copyOf(body, 3));
        List<String> lines = lines(body);
        assertEquals("date,activité,organisateur (code),organisateur,type de dossier,dossier,titre,territoire,offre de service,"
                + "durée (minutes),heures,actes,participants", lines.get(0));
        assertEquals(6, lines.size(), "header + a1 a5 a2 a3 a6");
        assertEquals("2025-04-01,e0000000-0000-4000-8000-000000000001,a0000000-0000-4000-8000-000000000001,Léa Côté,INTERVENTION,"
                + "d0000000-0000-4000-8000-000000000001,Soutien à la Maison des jeunes,RPT-NORD,ORGANIZATION_SUPPORT,90,1.50,"
                + "FACILITATE|WRITE,12", lines.get(1));
        assertEquals("2025-04-01,e0000000-0000-4000-8000-000000000005,a0000000-0000-4000-8000-000000000002,Hugo Bélanger,CONCERTATION,"
                + "c0000000-0000-4000-8000-000000000001,Table de quartier Nord,RPT-NORD,,45,0.75,,15", lines.get(2));
        // a title starting with = is neutralized, and quotes and commas are escaped
        assertEquals("2026-03-31,e0000000-0000-4000-8000-000000000003,a0000000-0000-4000-8000-000000000002,Hugo Bélanger,INTERVENTION,"
                + "d0000000-0000-4000-8000-000000000002,\"'=Mobilisation, logement \"\"Sud\"\"\",RPT-SUD,CONCERTATION_SUPPORT,120,2.00,"
                + "MOBILIZE,8", lines.get(4));
        assertTrue(lines.get(5).contains(",CONCERTATION,c0000000-0000-4000-8000-000000000002,Comité régional en sécurité alimentaire,,,60,"),
                lines.get(5));
        assertFalse(new String(body, StandardCharsets.UTF_8).contains("Note privée"));

        // the reporting role gets ids and codes, no names and no titles
        List<String> anonymous = lines(given().auth().oauth2(reporting()).header("Accept-Language", "en").queryParam("period", FY)
                .when().get("/api/v1/reports/activities").then().statusCode(200).extract().asByteArray());
        assertEquals("date,activity,organizer (code),organizer,record type,record,title,territory,service offer,"
                + "duration (minutes),hours,acts,participants", anonymous.get(0));
        assertEquals("2025-04-01,e0000000-0000-4000-8000-000000000001,a0000000-0000-4000-8000-000000000001,,INTERVENTION,"
                + "d0000000-0000-4000-8000-000000000001,,RPT-NORD,ORGANIZATION_SUPPORT,90,1.50,FACILITATE|WRITE,12", anonymous.get(1));

        // one territory
        List<String> sud = lines(given().auth().oauth2(manager()).queryParam("period", FY).queryParam("territory", "RPT-SUD")
                .when().get("/api/v1/reports/activities").then().statusCode(200).extract().asByteArray());
        assertEquals(2, sud.size());
    }

    @Test
    void theReportingRoleReadsReportsButNotRecords() {
        given().auth().oauth2(reporting()).queryParam("period", FY).when().get("/api/v1/reports/summary")
                .then().statusCode(200).body("activities", equalTo(5));
        given().auth().oauth2(reporting()).when().get("/api/v1/organizers")
                .then().statusCode(403).contentType("application/problem+json");
        for (String role : List.of("organizer", "admin", "integration")) {
            given().auth().oauth2(Tokens.person("t." + role, "T " + role, role, "TEST-RPT", List.of("RPT-NORD")).sign())
                    .queryParam("period", FY).when().get("/api/v1/reports/summary")
                    .then().statusCode(200).body("activities", equalTo(5));
        }
        given().queryParam("period", FY).when().get("/api/v1/reports/summary")
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void badPeriodsAreRejectedNamingTheParameter() {
        Map<String, String> badPeriods = Map.of(
                "FY2025-2027", "period", "FY2025-2026-P14", "period", "FY2025-2026-P00", "period", "garbage", "period",
                "FY25-26", "period", "1850", "period", "2025-04", "period");
        badPeriods.forEach((value, field) -> given().auth().oauth2(manager()).queryParam("period", value)
                .when().get("/api/v1/reports/summary")
                .then().statusCode(422).contentType("application/problem+json").body("errors.field", contains(field)));
        given().auth().oauth2(manager()).when().get("/api/v1/reports/summary")
                .then().statusCode(422).body("errors.field", contains("period"));
        given().auth().oauth2(manager()).queryParam("from", "2026-01-01").queryParam("to", "2025-01-01")
                .when().get("/api/v1/reports/summary")
                .then().statusCode(422).body("errors.field", contains("to"));
        given().auth().oauth2(manager()).queryParam("from", "2025-01-01")
                .when().get("/api/v1/reports/summary")
                .then().statusCode(422).body("errors.field", contains("to"));
        given().auth().oauth2(manager()).queryParam("from", "2025-02-30").queryParam("to", "soon")
                .when().get("/api/v1/reports/summary")
                .then().statusCode(422).body("errors.field", contains("from", "to"));
        given().auth().oauth2(manager()).queryParam("period", FY).queryParam("from", "2025-01-01")
                .when().get("/api/v1/reports/summary")
                .then().statusCode(422).body("errors.field", contains("period"));
        given().auth().oauth2(manager()).accept("text/csv").queryParam("period", "FY2025-2027").queryParam("dimension", "colour")
                .when().get("/api/v1/reports/breakdown")
                .then().statusCode(422).contentType("application/problem+json").body("errors.field", contains("period", "dimension"));
        given().auth().oauth2(manager()).queryParam("period", "FY2025-2026-P14")
                .when().get("/api/v1/reports/activities")
                .then().statusCode(422).contentType("application/problem+json").body("errors.field", contains("period"));
        given().auth().oauth2(manager()).queryParam("period", FY).queryParam("territory", "NOPE")
                .when().get("/api/v1/reports/breakdown")
                .then().statusCode(422).body("errors.field", hasItem("territory")).body("errors.field", hasItem("dimension"));
    }

    @Test
    void theActivitiesExportIsCsvOnly() {
        given().auth().oauth2(manager()).accept("application/json").queryParam("period", FY)
                .when().get("/api/v1/reports/activities")
                .then().statusCode(406).contentType("application/problem+json").body("status", not(equalTo(200)));
    }

    /**
     * The acts of a period are read from report_activity_acts, which triggers keep exact: every change of an activity's
     * acts, date or existence shows in the next report. Its own establishment (TEST-RPW), so the other tests don't move.
     */
    @Test
    void reportsFollowEveryChangeOfAnActivityAndItsActs() throws Exception {
        String token = Tokens.person("gestion.rpw", "Gestion W", "manager", "TEST-RPW", List.of("RPW-1")).sign();
        String activity = "e1000000-0000-4000-8000-000000000001";
        sql("""
                INSERT INTO establishment (code, kind, label_fr, label_en) VALUES ('TEST-RPW', 'CISSS', 'CISSS W', 'CISSS W');
                INSERT INTO territory (code, establishment_code, kind, label_fr, label_en, sort_order) VALUES ('RPW-1', 'TEST-RPW', 'MRC', 'W', 'W', 1);
                INSERT INTO organizer (id, establishment_code, username, name) VALUES ('a1000000-0000-4000-8000-000000000001', 'TEST-RPW', 'w', 'W');
                INSERT INTO concertation (id, establishment_code, name, kind_code, scope, territory_code)
                    VALUES ('c1000000-0000-4000-8000-000000000001', 'TEST-RPW', 'Table W', 'THEMATIC_TABLE', 'LOCAL', 'RPW-1');
                INSERT INTO activity (id, establishment_code, organizer_id, occurred_on, duration_minutes, concertation_id)
                    VALUES ('%1$s', 'TEST-RPW', 'a1000000-0000-4000-8000-000000000001', '2025-06-10', 60, 'c1000000-0000-4000-8000-000000000001');
                INSERT INTO activity_act (activity_id, code) VALUES ('%1$s', 'FACILITATE'), ('%1$s', 'WRITE');
                """.formatted(activity));
        JsonPath b = acts(token, FY);
        assertRow(b, "FACILITATE", 1, 0.5f, 0, 1, 0, 1);
        assertRow(b, "WRITE", 1, 0.5f, 0, 1, 0, 1);

        sql(("DELETE FROM activity_act WHERE activity_id = '%1$s' AND code = 'WRITE';"
                + "INSERT INTO activity_act (activity_id, code) VALUES ('%1$s', 'TRAIN'), ('%1$s', 'MOBILIZE');").formatted(activity));
        b = acts(token, FY);
        assertRow(b, "FACILITATE", 1, 0.3f, 0, 1, 0, 1);
        assertRow(b, "TRAIN", 1, 0.3f, 0, 1, 0, 1);
        assertRow(b, "MOBILIZE", 1, 0.3f, 0, 1, 0, 1);
        assertRow(b, "WRITE", 0, 0.0f, 0, 0, 0, 0);

        sql("UPDATE activity SET occurred_on = '2024-06-10', duration_minutes = 90 WHERE id = '%s';".formatted(activity));
        assertRow(acts(token, FY), "FACILITATE", 0, 0.0f, 0, 0, 0, 0);
        sql("UPDATE activity_act SET code = 'BACK' WHERE activity_id = '%s' AND code = 'TRAIN';".formatted(activity));
        b = acts(token, "FY2024-2025");
        assertRow(b, "FACILITATE", 1, 0.5f, 0, 1, 0, 1);
        assertRow(b, "BACK", 1, 0.5f, 0, 1, 0, 1);
        assertRow(b, "TRAIN", 0, 0.0f, 0, 0, 0, 0);
        List<String> csv = lines(given().auth().oauth2(token).queryParam("period", "FY2024-2025")
                .when().get("/api/v1/reports/activities").then().statusCode(200).extract().asByteArray());
        assertTrue(csv.get(1).endsWith(",90,1.50,BACK|FACILITATE|MOBILIZE,"), csv.get(1));

        sql("DELETE FROM activity_act WHERE activity_id = '%s';".formatted(activity));
        assertRow(acts(token, "FY2024-2025"), "NONE", 1, 1.5f, 0, 1, 0, 1);
        sql("INSERT INTO activity_act (activity_id, code) VALUES ('%1$s', 'LIAISE'); DELETE FROM activity WHERE id = '%1$s';"
                .formatted(activity));
        b = acts(token, "FY2024-2025");
        assertRow(b, "LIAISE", 0, 0.0f, 0, 0, 0, 0);
        assertEquals(0, b.getInt("total.activities"));
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT count(*) FROM report_activity_acts WHERE activity_id = '" + activity + "'")) {
            rs.next();
            assertEquals(0, rs.getInt(1));
        }
    }

    /**
     * Request figures are read from report_request_decision, which triggers keep exact: a backdated decision, a changed
     * territory or refusal reason, a deleted transition all show in the next summary. Own establishment TEST-RPV.
     */
    @Test
    void requestFiguresFollowEveryTransitionAndChangeOfTheRequest() throws Exception {
        String token = Tokens.person("gestion.rpv", "Gestion V", "manager", "TEST-RPV", List.of("RPV-1")).sign();
        String request = "f1000000-0000-4000-8000-000000000001";
        sql("""
                INSERT INTO establishment (code, kind, label_fr, label_en) VALUES ('TEST-RPV', 'CISSS', 'CISSS V', 'CISSS V');
                INSERT INTO territory (code, establishment_code, kind, label_fr, label_en, sort_order) VALUES
                    ('RPV-1', 'TEST-RPV', 'MRC', 'V1', 'V1', 1), ('RPV-2', 'TEST-RPV', 'MRC', 'V2', 'V2', 2);
                INSERT INTO organization (id, establishment_code, type_code, name, territory_code)
                    VALUES ('b1000000-0000-4000-8000-000000000001', 'TEST-RPV', 'COMMUNITY_ORGANIZATION', 'V', 'RPV-1');
                INSERT INTO service_request (id, establishment_code, organization_id, received_on, channel_code, territory_code,
                                             service_offer_code, need, status)
                    VALUES ('%1$s', 'TEST-RPV', 'b1000000-0000-4000-8000-000000000001', '2025-05-01', 'PHONE', 'RPV-1',
                            'ORGANIZATION_SUPPORT', 'V', 'RECEIVED');
                INSERT INTO request_transition (request_id, from_status, to_status, occurred_at, actor_subject, actor_name)
                    VALUES ('%1$s', NULL, 'RECEIVED', '2025-05-01 09:00-04', 't', 'T');
                """.formatted(request));
        JsonPath s = summary(token, Map.of("period", FY));
        assertEquals(1, s.getInt("requests.received"));
        assertEquals(0, s.getInt("requests.decided"));
        assertEquals(null, (Object) s.get("requests.medianDaysToDecision"));

        sql(("UPDATE service_request SET status = 'REFUSED', refusal_reason_code = 'NO_CAPACITY' WHERE id = '%1$s';"
                + "INSERT INTO request_transition (request_id, from_status, to_status, occurred_at, actor_subject, actor_name)"
                + " VALUES ('%1$s', 'RECEIVED', 'REFUSED', '2025-05-21 10:00-04', 't', 'T');").formatted(request));
        s = summary(token, Map.of("period", FY, "territory", "RPV-1"));
        assertEquals(1, s.getInt("requests.refused"));
        assertEquals(20.0f, s.getFloat("requests.medianDaysToDecision"));
        assertTrue(s.getList("requests.refusalReasons.findAll { it.count > 0 }.code").equals(List.of("NO_CAPACITY")));

        // the reason changes; the request moves to another territory; a decision is backdated before the first one
        sql(("UPDATE service_request SET refusal_reason_code = 'OTHER_RESOURCE', territory_code = 'RPV-2' WHERE id = '%1$s';"
                + "INSERT INTO request_transition (request_id, from_status, to_status, occurred_at, actor_subject, actor_name)"
                + " VALUES ('%1$s', 'RECEIVED', 'WAITLISTED', '2025-05-11 10:00-04', 't', 'T');").formatted(request));
        assertEquals(0, summary(token, Map.of("period", FY, "territory", "RPV-1")).getInt("requests.decided"));
        s = summary(token, Map.of("period", FY, "territory", "RPV-2"));
        assertEquals(1, s.getInt("requests.waitlisted"));
        assertEquals(0, s.getInt("requests.refused"));
        assertEquals(10.0f, s.getFloat("requests.medianDaysToDecision"));

        // the backdated decision is withdrawn: the refusal is the first decision again, with its new reason
        sql("DELETE FROM request_transition WHERE request_id = '%s' AND to_status = 'WAITLISTED';".formatted(request));
        s = summary(token, Map.of("period", FY));
        assertEquals(1, s.getInt("requests.refused"));
        assertEquals(List.of("OTHER_RESOURCE"), s.getList("requests.refusalReasons.findAll { it.count > 0 }.code"));
        // moved out of the period
        sql("UPDATE request_transition SET occurred_at = '2026-04-01 10:00-04' WHERE request_id = '%s' AND to_status = 'REFUSED';"
                .formatted(request));
        assertEquals(0, summary(token, Map.of("period", FY)).getInt("requests.decided"));
        assertEquals(1, summary(token, Map.of("period", "FY2026-2027")).getInt("requests.decided"));
    }

    private static JsonPath acts(String token, String period) {
        return given().auth().oauth2(token).queryParam("dimension", "professionalAct").queryParam("period", period)
                .when().get("/api/v1/reports/breakdown").then().statusCode(200).extract().jsonPath();
    }

    private void sql(String statements) throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute(statements);
        }
    }

    private static void assertRow(JsonPath b, String code, int activities, float hours, int interventions, int concertations,
            int organizations, int organizers) {
        Map<String, Object> row = b.getMap("rows.find { it.code == '" + code + "' }");
        assertTrue(row != null, "no row " + code + " in " + b.getList("rows.code"));
        String what = code + " " + row;
        assertEquals(activities, row.get("activities"), what);
        assertEquals(hours, ((Number) row.get("hours")).floatValue(), what);
        assertEquals(interventions, row.get("interventions"), what);
        assertEquals(concertations, row.get("concertations"), what);
        assertEquals(organizations, row.get("organizations"), what);
        assertEquals(organizers, row.get("organizers"), what);
    }

    private static List<String> lines(byte[] csv) {
        String text = new String(csv, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        assertTrue(text.endsWith("\r\n"), "CRLF line ends");
        return List.of(text.split("\r\n"));
    }

    private static final class Maps {
        static Map<String, Integer> nonZero(Map<String, Integer> m) {
            Map<String, Integer> out = new java.util.HashMap<>();
            m.forEach((k, v) -> {
                if (v != 0) {
                    out.put(k, v);
                }
            });
            return out;
        }
    }
}
