package quebec.maillon.integration;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import quebec.maillon.support.Tokens;

@QuarkusTest
class WebhookDeliveryTest {

    @Inject
    Events events;

    record Received(String event, String delivery, String recordId, String body, boolean signatureValid) {
    }

    private static String admin(String establishment) {
        return Tokens.forRole("admin", establishment);
    }

    @Test
    void eventsReachAReceiverThatFailsThenRecoversAllOfThemInOrderPerRecordAndSigned() throws Exception {
        AtomicInteger failuresLeft = new AtomicInteger(3);
        List<Received> received = Collections.synchronizedList(new ArrayList<>());
        String[] secret = new String[1];
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/hook", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            if (failuresLeft.getAndDecrement() > 0) {
                exchange.sendResponseHeaders(503, -1);
                exchange.close();
                return;
            }
            String ts = exchange.getRequestHeaders().getFirst(WebhookDispatcher.TIMESTAMP_HEADER);
            String sig = exchange.getRequestHeaders().getFirst(WebhookDispatcher.SIGNATURE_HEADER);
            boolean valid = sig != null && sig.equals("sha256=" + WebhookDispatcher.sign(secret[0], ts + "." + body));
            String recordId = body.replaceAll(".*\"recordId\":\\s*\"([^\"]+)\".*", "$1");
            received.add(new Received(exchange.getRequestHeaders().getFirst(WebhookDispatcher.EVENT_HEADER),
                    exchange.getRequestHeaders().getFirst(WebhookDispatcher.DELIVERY_HEADER), recordId, body, valid));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        server.start();
        try {
            String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
            String id = given().auth().oauth2(admin("CIUSSS-NIM")).contentType("application/json")
                    .body("{\"url\":\"" + url + "\",\"eventTypes\":[\"request.received\",\"request.decided\"]}")
                    .when().post("/api/v1/webhooks")
                    .then().statusCode(201).body("secret", notNullValue()).extract().path("id");
            secret[0] = secretOf(id);
            for (int i = 0; i < 3; i++) {
                int n = i;
                QuarkusTransaction.requiringNew().run(() -> {
                    events.publish("CIUSSS-NIM", EventType.REQUEST_RECEIVED, "request", "R-A", Map.of("n", n));
                    events.publish("CIUSSS-NIM", EventType.REQUEST_DECIDED, "request", "R-A", Map.of("n", n));
                    events.publish("CIUSSS-NIM", EventType.REQUEST_RECEIVED, "request", "R-B", Map.of("n", n));
                    // not subscribed: never delivered
                    events.publish("CIUSSS-NIM", EventType.INTERVENTION_OPENED, "intervention", "I-1", Map.of("n", n));
                });
            }
            long deadline = System.currentTimeMillis() + 30_000;
            while (received.size() < 9 && System.currentTimeMillis() < deadline) {
                Thread.sleep(200);
            }
            assertEquals(9, received.size(), "every subscribed event arrives once the receiver recovers: " + received);
            assertTrue(received.stream().allMatch(Received::signatureValid), "every delivery is signed with the secret");
            List<String> orderA = received.stream().filter(r -> r.recordId().equals("R-A")).map(r -> r.body().replaceAll(".*\"n\":\\s*(\\d).*", "$1") + r.event()).toList();
            assertEquals(List.of("0request.received", "0request.decided", "1request.received", "1request.decided",
                    "2request.received", "2request.decided"), orderA, "events of one record arrive in order");
            given().auth().oauth2(admin("CIUSSS-NIM")).when().get("/api/v1/webhooks/" + id + "/deliveries")
                    .then().statusCode(200).body("items.status", hasItem("DELIVERED")).body("items[0].attempts", notNullValue());
        } finally {
            server.stop(0);
        }
    }

    @Test
    void subscriptionsNeedHttpsKnownEventTypesAndTheAdminRole() {
        given().auth().oauth2(admin("CISSS-LAN")).contentType("application/json")
                .body("{\"url\":\"http://example.org/hook\",\"eventTypes\":[\"request.exploded\"]}")
                .when().post("/api/v1/webhooks")
                .then().statusCode(422).body("errors.field", hasItem("url")).body("errors.field", hasItem("eventTypes[0]"));
        given().auth().oauth2(Tokens.sophie()).when().get("/api/v1/webhooks").then().statusCode(403);
        given().auth().oauth2(Tokens.client("maillon-integration-lan", "integration", "CISSS-LAN")).when().get("/api/v1/webhooks").then().statusCode(403);
    }

    @Test
    void anotherEstablishmentsSubscriptionIsNotFound() {
        given().auth().oauth2(admin("CIUSSS-NIM")).when().get("/api/v1/webhooks/80000000-0000-4000-8000-000000000001")
                .then().statusCode(404);
        given().auth().oauth2(admin("CISSS-LAN")).when().get("/api/v1/webhooks/80000000-0000-4000-8000-000000000001")
                .then().statusCode(200).body("url", notNullValue());
    }

    @Inject
    jakarta.persistence.EntityManager em;

    private String secretOf(String id) {
        return (String) em.createNativeQuery("SELECT secret FROM webhook_subscription WHERE id = CAST(?1 AS uuid)")
                .setParameter(1, id).getSingleResult();
    }
}
