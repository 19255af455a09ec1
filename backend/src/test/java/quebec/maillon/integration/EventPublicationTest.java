package quebec.maillon.integration;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.junit.jupiter.api.Test;
import quebec.maillon.support.Tokens;

/** Each change that integrations care about writes its event to the outbox, in the same transaction. */
@QuarkusTest
class EventPublicationTest {

    @Inject
    EntityManager em;

    @SuppressWarnings("unchecked")
    private List<String> eventsOf(String recordId) {
        return em.createNativeQuery("SELECT event_type FROM outbox_event WHERE record_id = ?1 ORDER BY id")
                .setParameter(1, recordId).getResultList();
    }

    private static String etag(String url) {
        return given().auth().oauth2(Tokens.sophie()).get(url).then().statusCode(200).extract().header("ETag");
    }

    private static String json(String body) {
        return body.replace('\'', '"');
    }

    @Test
    void aRequestPublishesReceivedThenDecided() {
        String id = given().auth().oauth2(Tokens.sophie()).contentType("application/json")
                .body(json("{'organizationId':'10000000-0000-4000-8000-000000000001','receivedOn':'2026-11-02','channel':'PHONE',"
                        + "'territory':'LAN-JOLIETTE','serviceOffer':'ORGANIZATION_SUPPORT','need':'Mise à jour des règlements',"
                        + "'populations':[],'determinants':[]}"))
                .when().post("/api/v1/requests").then().statusCode(201).extract().path("id");
        assertEquals(List.of("request.received"), eventsOf(id));
        given().auth().oauth2(Tokens.sophie()).contentType("application/json").header("If-Match", etag("/api/v1/requests/" + id))
                .body(json("{'to':'UNDER_ANALYSIS'}"))
                .when().post("/api/v1/requests/" + id + "/transitions").then().statusCode(200);
        assertEquals(List.of("request.received"), eventsOf(id), "starting the analysis is not a decision");
        given().auth().oauth2(Tokens.sophie()).contentType("application/json").header("If-Match", etag("/api/v1/requests/" + id))
                .body(json("{'eligibleRequester':true,'eligibleHealthField':true,'notReligious':true,'notPoliticalParty':true,'notSolelyRecreational':true}"))
                .when().put("/api/v1/requests/" + id + "/eligibility").then().statusCode(200);
        given().auth().oauth2(Tokens.sophie()).contentType("application/json").header("If-Match", etag("/api/v1/requests/" + id))
                .body(json("{'to':'WAITLISTED'}"))
                .when().post("/api/v1/requests/" + id + "/transitions").then().statusCode(200);
        assertEquals(List.of("request.received", "request.decided"), eventsOf(id));
    }

    @Test
    void anInterventionPublishesOpenedThenClosed() {
        String id = given().auth().oauth2(Tokens.sophie()).contentType("application/json")
                .body(json("{'title':'Soutien au comité logement','territoryCode':'LAN-JOLIETTE','leadOrganizerId':'60000000-0000-4000-8000-000000000001',"
                        + "'serviceOfferCode':'COMMUNITY_INITIATIVES','openedOn':'2026-09-01'}"))
                .when().post("/api/v1/interventions").then().statusCode(201).extract().path("id");
        assertEquals(List.of("intervention.opened"), eventsOf(id));
        given().auth().oauth2(Tokens.sophie()).contentType("application/json")
                .body(json("{'occurredOn':'2026-09-03','durationMinutes':60,'organizerId':'60000000-0000-4000-8000-000000000001','acts':['ACCOMPANY']}"))
                .when().post("/api/v1/interventions/" + id + "/activities").then().statusCode(201);
        given().auth().oauth2(Tokens.sophie()).contentType("application/json")
                .body(json("{'to':'CLOSED','closedOn':'2026-09-30','closingSummary':'Comité autonome.'}"))
                .when().post("/api/v1/interventions/" + id + "/transitions").then().statusCode(200);
        assertEquals(List.of("intervention.opened", "intervention.closed"), eventsOf(id));
    }

    @Test
    void aMeetingPublishesMeetingRecordedOnItsConcertation() {
        String concertation = "40000000-0000-4000-8000-000000000004";
        int before = eventsOf(concertation).size();
        given().auth().oauth2(Tokens.sophie()).contentType("application/json")
                .body(json("{'heldOn':'2026-10-15','place':'Mascouche','attendance':9}"))
                .when().post("/api/v1/concertations/" + concertation + "/meetings").then().statusCode(201);
        List<String> events = eventsOf(concertation);
        assertEquals(before + 1, events.size());
        assertEquals("concertation.meeting-recorded", events.get(events.size() - 1));
    }
}
