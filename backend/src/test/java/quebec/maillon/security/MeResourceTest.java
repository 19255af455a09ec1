package quebec.maillon.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import quebec.maillon.support.Tokens;

@QuarkusTest
class MeResourceTest {

    @Test
    void organizerSeesTheirNameRolesEstablishmentAndTerritoriesInBothLanguages() {
        given().auth().oauth2(Tokens.marie())
                .when().get("/api/v1/me")
                .then().statusCode(200)
                .body("username", equalTo("marie.tremblay"))
                .body("name", equalTo("Marie Tremblay"))
                .body("roles", contains("organizer"))
                .body("establishment.code", equalTo("CISSS-LAN"))
                .body("establishment.labelFr", equalTo("CISSS de Lanaudière"))
                .body("territories.code", contains("LAN-JOLIETTE", "LAN-MATAWINIE"))
                .body("territories.labelFr", contains("Joliette", "Matawinie"))
                .body("preferredLanguage", equalTo("fr"))
                .body("serviceAccount", equalTo(false));
    }

    @Test
    void accentsInNamesAndLabelsSurviveTheRoundTrip() {
        given().auth().oauth2(Tokens.amelie())
                .when().get("/api/v1/me")
                .then().statusCode(200)
                .contentType("application/json")
                .body("name", equalTo("Amélie Roy"))
                .body("establishment.labelFr", equalTo("CIUSSS du Nord-de-l'Île-de-Montréal"))
                .body("territories.labelFr", contains("Ahuntsic et Montréal-Nord", "La Petite-Patrie et Villeray"));
    }

    @Test
    void machineClientIsReportedAsAServiceAccountOfItsEstablishment() {
        given().auth().oauth2(Tokens.client("maillon-integration-lan", "integration", "CISSS-LAN"))
                .when().get("/api/v1/me")
                .then().statusCode(200)
                .body("serviceAccount", equalTo(true))
                .body("name", equalTo("maillon-integration-lan"))
                .body("roles", contains("integration"))
                .body("establishment.code", equalTo("CISSS-LAN"))
                .body("territories", hasSize(0));
    }

    @Test
    void territoriesOfAnotherEstablishmentInTheTokenAreIgnored() {
        String token = Tokens.person("mixed.up", "Mixed Up", "organizer", "CISSS-LAN",
                java.util.List.of("LAN-JOLIETTE", "NIM-AMN", "NOWHERE")).sign();
        given().auth().oauth2(token)
                .when().get("/api/v1/me")
                .then().statusCode(200)
                .body("territories.code", contains("LAN-JOLIETTE"));
    }

    @Test
    void englishLocaleClaimGivesEnglishAsPreferredLanguage() {
        String token = Tokens.person("jane.doe", "Jane Doe", "manager", "CISSS-LAN", Tokens.LAN_TERRITORIES)
                .claim("locale", "en").sign();
        given().auth().oauth2(token)
                .when().get("/api/v1/me")
                .then().statusCode(200)
                .body("preferredLanguage", equalTo("en"))
                .body("territories", hasSize(6));
    }
}
