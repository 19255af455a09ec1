package quebec.maillon.reference;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import quebec.maillon.support.Tokens;

@QuarkusTest
class ReferenceResourceTest {

    @Test
    void listsEveryReferenceKindWithBothLabels() {
        given().auth().oauth2(Tokens.marie())
                .when().get("/api/v1/reference")
                .then().statusCode(200)
                .body("items", hasSize(12))
                .body("items.kind", hasItem("determinants"))
                .body("items.find { it.kind == 'determinants' }.labelFr", equalTo("Déterminants de la santé"));
    }

    @Test
    void territoriesAreThoseOfTheCallersEstablishmentOnly() {
        given().auth().oauth2(Tokens.marie())
                .when().get("/api/v1/reference/territories")
                .then().statusCode(200)
                .body("items.code", contains("LAN-DAUTRAY", "LAN-JOLIETTE", "LAN-MATAWINIE", "LAN-MONTCALM",
                        "LAN-LASSOMPTION", "LAN-MOULINS"))
                .body("items.labelFr", hasItem("L'Assomption"));
        given().auth().oauth2(Tokens.amelie())
                .when().get("/api/v1/reference/territories")
                .then().statusCode(200)
                .body("items", hasSize(4))
                .body("items.labelFr", hasItem("Saint-Léonard et Saint-Michel"));
    }

    @Test
    void theFiveServiceOffersOfTheServiceOfferAreServed() {
        given().auth().oauth2(Tokens.marie())
                .when().get("/api/v1/reference/service-offers")
                .then().statusCode(200)
                .body("items.code", contains("ORGANIZATION_SUPPORT", "CONCERTATION_SUPPORT", "NEW_RESOURCE_CREATION",
                        "COMMUNITY_INITIATIVES", "GOVERNMENT_PROGRAMS"))
                .body("items[1].labelFr", equalTo("Soutien à la concertation"))
                .body("items[1].labelEn", equalTo("Support to concertation"));
    }

    @Test
    void theElevenProfessionalActsAreServed() {
        given().auth().oauth2(Tokens.marie())
                .when().get("/api/v1/reference/professional-acts")
                .then().statusCode(200)
                .body("items", hasSize(11))
                .body("items.labelFr", hasItem("Établir des liaisons"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"service-offers", "axes", "intervention-types", "determinants", "populations",
            "professional-acts", "organization-types", "concertation-kinds", "concertation-themes", "refusal-reasons",
            "request-channels", "territories"})
    void everyKindHasEntriesWithFrenchAndEnglishLabels(String kind) {
        List<String> fr = given().auth().oauth2(Tokens.sophie())
                .when().get("/api/v1/reference/" + kind)
                .then().statusCode(200)
                .body("kind", equalTo(kind))
                .extract().jsonPath().getList("items.labelFr", String.class);
        List<String> en = given().auth().oauth2(Tokens.sophie())
                .when().get("/api/v1/reference/" + kind)
                .then().extract().jsonPath().getList("items.labelEn", String.class);
        org.junit.jupiter.api.Assertions.assertFalse(fr.isEmpty());
        org.junit.jupiter.api.Assertions.assertTrue(fr.stream().noneMatch(String::isBlank));
        org.junit.jupiter.api.Assertions.assertEquals(fr.size(), en.size());
    }

    @Test
    void frenchLabelSortFollowsFrCaRules() {
        // fr-CA: accents are secondary differences, so "Éducation" sorts among the E's, not after "Z".
        List<String> labels = given().auth().oauth2(Tokens.marie())
                .when().get("/api/v1/reference/determinants?sort=labelFr")
                .then().statusCode(200)
                .extract().jsonPath().getList("items.labelFr", String.class);
        int education = labels.indexOf("Éducation");
        int environnementPhysique = labels.indexOf("Environnement physique");
        int accesAuxServices = labels.indexOf("Accès aux services");
        org.junit.jupiter.api.Assertions.assertEquals(0, accesAuxServices, labels.toString());
        org.junit.jupiter.api.Assertions.assertTrue(education < environnementPhysique, labels.toString());
        org.junit.jupiter.api.Assertions.assertTrue(labels.indexOf("Habitudes de vie") > environnementPhysique, labels.toString());
    }

    @Test
    void unknownKindIsA404ProblemListingTheKnownKinds() {
        given().auth().oauth2(Tokens.marie())
                .when().get("/api/v1/reference/colours")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("detail", containsString("determinants"));
    }

    @Test
    void badSortIsA422NamingTheParameter() {
        given().auth().oauth2(Tokens.marie())
                .when().get("/api/v1/reference/determinants?sort=colour")
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("sort"))
                .body("errors[0].message", containsString("labelFr"));
    }

    @Test
    void referenceListsNeedAToken() {
        given().when().get("/api/v1/reference/determinants")
                .then().statusCode(401)
                .contentType("application/problem+json");
    }
}
