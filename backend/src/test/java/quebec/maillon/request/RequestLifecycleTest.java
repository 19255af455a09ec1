package quebec.maillon.request;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import quebec.maillon.support.RequestData;
import quebec.maillon.support.Tokens;

/** The life cycle of a request: allowed transitions, decisions and who may make them, history. */
@QuarkusTest
class RequestLifecycleTest {

    @Inject
    DataSource ds;

    private static String received(String territory) {
        return RequestData.newRequest(Tokens.sophie(), territory, "Cycle " + RequestData.marker());
    }

    /** A request of LAN-JOLIETTE in the given status (reached through the API). */
    private static String inStatus(RequestStatus status) {
        String id = received("LAN-JOLIETTE");
        switch (status) {
            case RECEIVED -> {
            }
            case UNDER_ANALYSIS -> RequestData.moveTo(id, "UNDER_ANALYSIS");
            case WITHDRAWN -> RequestData.moveTo(id, "WITHDRAWN");
            case WAITLISTED, ACCEPTED, REFUSED -> {
                RequestData.moveTo(id, "UNDER_ANALYSIS");
                RequestData.assessEligible(id);
                Map<String, Object> body = new HashMap<>(Map.of("to", status.name()));
                if (status == RequestStatus.ACCEPTED) {
                    body.put("organizerId", RequestData.MARIE_ID);
                }
                if (status == RequestStatus.REFUSED) {
                    body.put("reasonCode", "NO_CAPACITY");
                }
                RequestData.transition(Tokens.sophie(), id, body).statusCode(200);
            }
        }
        return id;
    }

    @Test
    void everyForbiddenTransitionAnswers409WithTheAllowedOnes() {
        for (RequestStatus from : RequestStatus.values()) {
            String id = inStatus(from);
            Set<RequestStatus> forbidden = EnumSet.complementOf(EnumSet.copyOf(
                    from.next().isEmpty() ? EnumSet.noneOf(RequestStatus.class) : from.next()));
            String allowed = from.next().isEmpty() ? "none" : from.next().stream().map(Enum::name).collect(Collectors.joining(", "));
            for (RequestStatus to : forbidden) {
                RequestData.transition(Tokens.sophie(), id, Map.of("to", to.name()))
                        .statusCode(409)
                        .contentType("application/problem+json")
                        .body("type", equalTo("https://maillon.quebec/problems/transition-not-allowed"))
                        .body("detail", containsString("Allowed from " + from + ": " + allowed));
            }
            given().auth().oauth2(Tokens.sophie()).when().get("/api/v1/requests/" + id).then()
                    .body("status", equalTo(from.name()))
                    .body("allowedTransitions", equalTo(from.next().stream().map(Enum::name).toList()));
        }
    }

    @Test
    void refusingWithoutReasonIsRejected() {
        String id = inStatus(RequestStatus.UNDER_ANALYSIS);
        RequestData.transition(Tokens.sophie(), id, Map.of("to", "REFUSED"))
                .statusCode(422).body("errors[0].field", equalTo("reasonCode"));
        RequestData.transition(Tokens.sophie(), id, Map.of("to", "REFUSED", "reasonCode", "BAD_WEATHER"))
                .statusCode(422).body("errors[0].field", equalTo("reasonCode"));
        given().auth().oauth2(Tokens.sophie()).when().get("/api/v1/requests/" + id).then().body("status", equalTo("UNDER_ANALYSIS"));
    }

    @Test
    void refusingAnIneligibleRequestNeedsTheReasonOfAFailedCriterion() {
        String id = inStatus(RequestStatus.UNDER_ANALYSIS);
        RequestData.assessEligibility(id, true, true, false, true, true);
        given().auth().oauth2(Tokens.sophie()).when().get("/api/v1/requests/" + id).then()
                .body("eligibility.eligible", equalTo(false))
                .body("eligibility.matchingRefusalReasons", equalTo(List.of("RELIGIOUS")));
        RequestData.transition(Tokens.sophie(), id, Map.of("to", "REFUSED", "reasonCode", "NO_CAPACITY"))
                .statusCode(422).body("errors[0].field", equalTo("reasonCode")).body("errors[0].message", containsString("RELIGIOUS"));
        RequestData.transition(Tokens.sophie(), id, Map.of("to", "REFUSED", "reasonCode", "POLITICAL_PARTY"))
                .statusCode(422).body("errors[0].field", equalTo("reasonCode"));
        RequestData.transition(Tokens.sophie(), id, Map.of("to", "REFUSED", "reasonCode", "RELIGIOUS", "note", "Activité de culte."))
                .statusCode(200).body("status", equalTo("REFUSED")).body("refusalReason", equalTo("RELIGIOUS"))
                .body("decidedOn", notNullValue());
    }

    @Test
    void eligibilityReasonIsRejectedForAnEligibleOrUnassessedRequest() {
        String unassessed = inStatus(RequestStatus.UNDER_ANALYSIS);
        RequestData.transition(Tokens.sophie(), unassessed, Map.of("to", "REFUSED", "reasonCode", "RECREATIONAL_ONLY"))
                .statusCode(422).body("errors[0].field", equalTo("reasonCode"));
        RequestData.assessEligible(unassessed);
        RequestData.transition(Tokens.sophie(), unassessed, Map.of("to", "REFUSED", "reasonCode", "RECREATIONAL_ONLY"))
                .statusCode(422).body("errors[0].field", equalTo("reasonCode"));
        RequestData.transition(Tokens.sophie(), unassessed, Map.of("to", "REFUSED", "reasonCode", "OTHER_RESOURCE"))
                .statusCode(200);
    }

    @Test
    void acceptingWithoutOrganizerIsRejected() {
        String id = inStatus(RequestStatus.UNDER_ANALYSIS);
        RequestData.assessEligible(id);
        RequestData.transition(Tokens.sophie(), id, Map.of("to", "ACCEPTED"))
                .statusCode(422).body("errors[0].field", equalTo("organizerId"));
        assertEquals(0, interventionsOf(id));
    }

    @Test
    void acceptingWithAnOrganizerOfAnotherTerritoryOrEstablishmentIsRejected() {
        String id = inStatus(RequestStatus.UNDER_ANALYSIS);
        RequestData.assessEligible(id);
        RequestData.transition(Tokens.sophie(), id, Map.of("to", "ACCEPTED", "organizerId", RequestData.JULIEN_ID))
                .statusCode(422).body("errors[0].field", equalTo("organizerId"))
                .body("errors[0].message", containsString("LAN-JOLIETTE"));
        RequestData.transition(Tokens.sophie(), id, Map.of("to", "ACCEPTED", "organizerId", RequestData.AMELIE_ID))
                .statusCode(422).body("errors[0].field", equalTo("organizerId"));
        RequestData.transition(Tokens.sophie(), id, Map.of("to", "ACCEPTED", "organizerId", "6b2f0e1a-0000-4000-8000-000000000999"))
                .statusCode(422).body("errors[0].field", equalTo("organizerId"));
        assertEquals(0, interventionsOf(id));
    }

    @Test
    void acceptingOrWaitlistingNeedsAnEligibleRequest() {
        String id = inStatus(RequestStatus.UNDER_ANALYSIS);
        RequestData.transition(Tokens.sophie(), id, Map.of("to", "ACCEPTED", "organizerId", RequestData.MARIE_ID))
                .statusCode(409).body("type", equalTo("https://maillon.quebec/problems/eligibility-not-assessed"));
        RequestData.assessEligibility(id, false, true, true, true, true);
        RequestData.transition(Tokens.sophie(), id, Map.of("to", "WAITLISTED"))
                .statusCode(409).body("type", equalTo("https://maillon.quebec/problems/request-ineligible"));
        assertEquals(0, interventionsOf(id));
    }

    @Test
    void acceptingAssignsTheLeadOrganizerAndOpensExactlyOneIntervention() {
        String id = inStatus(RequestStatus.UNDER_ANALYSIS);
        RequestData.assessEligible(id);
        String interventionId = RequestData.transition(Tokens.sophie(), id,
                        Map.of("to", "ACCEPTED", "organizerId", RequestData.MARIE_ID, "note", "Marie prend le dossier."))
                .statusCode(200)
                .body("status", equalTo("ACCEPTED"))
                .body("assignedOrganizerId", equalTo(RequestData.MARIE_ID))
                .body("interventionId", notNullValue())
                .body("allowedTransitions", hasSize(0))
                .extract().path("interventionId");
        assertEquals(1, interventionsOf(id));
        List<String> row = RequestData.strings(ds, "SELECT title || '|' || lead_organizer_id || '|' || status || '|' || service_offer_code "
                + "FROM intervention WHERE id = ?::uuid", interventionId);
        String organizationName = given().auth().oauth2(Tokens.sophie()).when().get("/api/v1/requests/" + id).then()
                .extract().path("organizationName");
        assertEquals(List.of(organizationName + " — Soutien aux organismes|" + RequestData.MARIE_ID
                + "|ACTIVE|ORGANIZATION_SUPPORT"), row);
        RequestData.transition(Tokens.sophie(), id, Map.of("to", "ACCEPTED", "organizerId", RequestData.MARIE_ID)).statusCode(409);
        assertEquals(1, interventionsOf(id));
        given().auth().oauth2(Tokens.marie()).when().get("/api/v1/requests/" + id).then().body("interventionId", equalTo(interventionId));
    }

    @Test
    void waitlistedRequestCanLaterBeAcceptedOrRefused() {
        String a = inStatus(RequestStatus.WAITLISTED);
        RequestData.transition(Tokens.sophie(), a, Map.of("to", "ACCEPTED", "organizerId", RequestData.MARIE_ID)).statusCode(200);
        String b = inStatus(RequestStatus.WAITLISTED);
        RequestData.transition(Tokens.sophie(), b, Map.of("to", "REFUSED", "reasonCode", "NO_CAPACITY")).statusCode(200);
    }

    @Test
    void historyListsEveryTransitionWithWhoWhenWhy() {
        String id = received("LAN-JOLIETTE");
        RequestData.transition(Tokens.marie(), id, Map.of("to", "UNDER_ANALYSIS", "note", "Je m'en occupe.")).statusCode(200);
        RequestData.assessEligibility(id, true, true, true, true, false);
        RequestData.transition(Tokens.sophie(), id, Map.of("to", "REFUSED", "reasonCode", "RECREATIONAL_ONLY", "note", "Club social."))
                .statusCode(200);
        given().auth().oauth2(Tokens.marie()).when().get("/api/v1/requests/" + id + "/history")
                .then().statusCode(200)
                .body("items", hasSize(3))
                .body("items.to", equalTo(List.of("RECEIVED", "UNDER_ANALYSIS", "REFUSED")))
                .body("items[0].from", nullValue())
                .body("items[1].from", equalTo("RECEIVED"))
                .body("items[1].actorName", equalTo("Marie Tremblay"))
                .body("items[1].note", equalTo("Je m'en occupe."))
                .body("items[2].from", equalTo("UNDER_ANALYSIS"))
                .body("items[2].actorName", equalTo("Sophie Lavoie"))
                .body("items[2].reasonCode", equalTo("RECREATIONAL_ONLY"))
                .body("items[2].occurredAt", notNullValue());
        assertEquals(2, RequestData.count(ds,
                "SELECT count(*) FROM audit_entry WHERE record_type = 'service-request' AND record_id = ? AND action = 'TRANSITION'", id));
    }

    @Test
    void organizerCannotDecide() {
        String id = inStatus(RequestStatus.UNDER_ANALYSIS);
        RequestData.assessEligible(id);
        RequestData.transition(Tokens.marie(), id, Map.of("to", "ACCEPTED", "organizerId", RequestData.MARIE_ID)).statusCode(403);
        RequestData.transition(Tokens.marie(), id, Map.of("to", "WAITLISTED")).statusCode(403);
        RequestData.transition(Tokens.marie(), id, Map.of("to", "REFUSED", "reasonCode", "NO_CAPACITY")).statusCode(403);
        assertEquals(0, interventionsOf(id));
        RequestData.transition(Tokens.marie(), id, Map.of("to", "WITHDRAWN")).statusCode(200);
    }

    @Test
    void organizerMovesOnlyRequestsOfTheirTerritories() {
        String id = received("LAN-DAUTRAY");
        RequestData.transition(Tokens.marie(), id, Map.of("to", "UNDER_ANALYSIS")).statusCode(403);
        RequestData.transition(Tokens.marie(), id, Map.of("to", "WITHDRAWN")).statusCode(403);
    }

    @Test
    void integrationMayWithdrawButNotAnalyseOrDecide() {
        String integration = Tokens.client("maillon-integration-lan", "integration", "CISSS-LAN");
        String id = received("LAN-JOLIETTE");
        RequestData.transition(integration, id, Map.of("to", "UNDER_ANALYSIS")).statusCode(403);
        RequestData.transition(integration, id, Map.of("to", "WITHDRAWN")).statusCode(200);
        String other = inStatus(RequestStatus.UNDER_ANALYSIS);
        RequestData.transition(integration, other, Map.of("to", "REFUSED", "reasonCode", "NO_CAPACITY")).statusCode(403);
        String admin = Tokens.forRole("admin", "CISSS-LAN");
        RequestData.transition(admin, other, Map.of("to", "WITHDRAWN")).statusCode(403);
    }

    @Test
    void transitionsNeedTheCurrentEtag() {
        String id = received("LAN-JOLIETTE");
        String etag = RequestData.etag(Tokens.sophie(), "/api/v1/requests/" + id);
        given().auth().oauth2(Tokens.sophie()).contentType("application/json").body(Map.of("to", "UNDER_ANALYSIS"))
                .when().post("/api/v1/requests/" + id + "/transitions").then().statusCode(428);
        given().auth().oauth2(Tokens.sophie()).contentType("application/json").header("If-Match", etag).body(Map.of("to", "UNDER_ANALYSIS"))
                .when().post("/api/v1/requests/" + id + "/transitions").then().statusCode(200);
        given().auth().oauth2(Tokens.sophie()).contentType("application/json").header("If-Match", etag).body(Map.of("to", "WITHDRAWN"))
                .when().post("/api/v1/requests/" + id + "/transitions").then().statusCode(412);
    }

    @Test
    void organizerOrReasonOutOfPlaceIsRejected() {
        String id = received("LAN-JOLIETTE");
        RequestData.transition(Tokens.sophie(), id, Map.of("to", "UNDER_ANALYSIS", "organizerId", RequestData.MARIE_ID, "reasonCode", "NO_CAPACITY"))
                .statusCode(422);
        RequestData.transition(Tokens.sophie(), id, Map.of("to", "SOMEWHERE")).statusCode(422).body("errors[0].field", equalTo("to"));
        RequestData.transition(Tokens.sophie(), id, Map.of("note", "Sans destination")).statusCode(422).body("errors[0].field", equalTo("to"));
    }

    private long interventionsOf(String requestId) {
        return RequestData.count(ds, "SELECT count(*) FROM intervention WHERE request_id = ?::uuid", requestId);
    }
}
