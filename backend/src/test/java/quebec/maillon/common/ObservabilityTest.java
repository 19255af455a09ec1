package quebec.maillon.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.Test;
import quebec.maillon.integration.EventType;
import quebec.maillon.integration.Events;
import quebec.maillon.support.Tokens;

/** Metrics on the management port, request ids in problems and logs. */
@QuarkusTest
class ObservabilityTest {

    @Inject
    Events events;

    @Inject
    javax.sql.DataSource dataSource;

    static int managementPort() {
        return ConfigProvider.getConfig().getValue("quarkus.management.test-port", Integer.class);
    }

    static String metrics() {
        return given().baseUri("http://localhost").port(managementPort())
                .when().get("/q/metrics")
                .then().statusCode(200).extract().asString();
    }

    /** The value of the first sample of a metric whose labels contain every given fragment. */
    static double sample(String text, String name, String... labelFragments) {
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(name) + "(\\{.*\\})? ([-+0-9.eENaInf]+)$").matcher(text);
        while (m.find()) {
            String labels = m.group(1) == null ? "" : m.group(1);
            boolean all = true;
            for (String f : labelFragments) {
                all &= labels.contains(f);
            }
            if (all) {
                return Double.parseDouble(m.group(2));
            }
        }
        return Double.NaN;
    }

    @Test
    void metricsAreServedOnTheManagementPortWithHttpPoolAndJvmMetrics() {
        given().auth().oauth2(Tokens.marie()).when().get("/api/v1/me").then().statusCode(200);
        given().auth().oauth2(Tokens.marie()).when().get("/api/v1/organizations/" + java.util.UUID.randomUUID())
                .then().statusCode(404);
        String text = metrics();
        // request rate and latency per route template, as a histogram
        assertTrue(sample(text, "http_server_requests_seconds_count", "uri=\"/api/v1/me\"", "method=\"GET\"",
                "status=\"200\"") >= 1, "count of GET /api/v1/me");
        assertTrue(sample(text, "http_server_requests_seconds_bucket", "uri=\"/api/v1/me\"", "le=\"0.5\"") >= 1,
                "latency buckets of GET /api/v1/me");
        assertTrue(sample(text, "http_server_requests_seconds_count", "uri=\"/api/v1/organizations/{id}\"",
                "status=\"404\"") >= 1, "a record id is folded into the route template:\n" + grep(text, "http_server_requests_seconds_count"));
        assertTrue(!text.contains("uri=\"/api/v1/organizations/") || !Pattern.compile(
                "uri=\"/api/v1/organizations/[0-9a-f]{8}-").matcher(text).find(), "no raw record id in uri");
        // the connection pool
        assertTrue(sample(text, "agroal_max_used_count", "datasource=\"default\"") >= 1, "pool metrics:\n" + grep(text, "agroal"));
        assertTrue(!Double.isNaN(sample(text, "agroal_active_count", "datasource=\"default\"")));
        assertTrue(!Double.isNaN(sample(text, "agroal_awaiting_count", "datasource=\"default\"")));
        // the JVM
        assertTrue(sample(text, "jvm_memory_used_bytes", "area=\"heap\"") > 0);
    }

    @Test
    void rawPathsOfRequestsRefusedBeforeRoutingAreFoldedIntoTemplates() {
        assertEquals("/api/v1/requests/{id}/history",
                MetricsConfig.template("/api/v1/requests/20000000-0000-4000-8000-000000000001/history"));
        assertEquals("/api/v1/webhooks/{id}/deliveries", MetricsConfig.template("/api/v1/webhooks/42/deliveries"));
        assertEquals("/api/v1/organizations/{id}", MetricsConfig.template("/api/v1/organizations/{id}"));
        assertEquals("NOT_FOUND", MetricsConfig.template("NOT_FOUND"));
    }

    @Test
    void metricsAreNotOnTheApiPortWithOrWithoutAToken() {
        given().when().get("/q/metrics").then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(Tokens.forRole("admin", "CISSS-LAN")).when().get("/q/metrics").then().statusCode(404);
        // health and the contract stay on the API port
        given().when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        given().when().get("/q/openapi").then().statusCode(200);
        given().baseUri("http://localhost").port(managementPort()).when().get("/q/health/live").then().statusCode(404);
    }

    @Test
    void webhookBacklogGaugesShowPendingDeliveriesAndTheirAge() throws Exception {
        String subscription = java.util.UUID.randomUUID().toString();
        try (var c = dataSource.getConnection(); var st = c.createStatement()) {
            st.executeUpdate("INSERT INTO webhook_subscription (id, establishment_code, url, event_types, secret, active) "
                    + "VALUES ('" + subscription + "', 'CISSS-LAN', 'http://127.0.0.1:9/none', '{request.received}', 's', false)");
            st.executeUpdate("INSERT INTO outbox_event (establishment_code, event_type, record_type, record_id, payload) "
                    + "VALUES ('CISSS-LAN', 'request.received', 'request', 'OBS-1', '{}')");
            // waiting for an hour, next attempt in an hour: the dispatcher leaves it alone
            st.executeUpdate("INSERT INTO webhook_delivery (subscription_id, event_id, record_id, next_attempt_at, created_at) "
                    + "SELECT '" + subscription + "', max(id), 'OBS-1', now() + interval '1 hour', now() - interval '1 hour' "
                    + "FROM outbox_event WHERE record_id = 'OBS-1'");
        }
        try {
            long deadline = System.currentTimeMillis() + 20_000;
            String text = metrics();
            while (!(sample(text, "maillon_webhook_oldest_pending_age_seconds") >= 3600) && System.currentTimeMillis() < deadline) {
                Thread.sleep(250);
                text = metrics();
            }
            assertTrue(sample(text, "maillon_webhook_oldest_pending_age_seconds") >= 3600, grep(text, "maillon_webhook"));
            assertTrue(sample(text, "maillon_webhook_deliveries_pending") >= 1, grep(text, "maillon_webhook"));
            assertTrue(sample(text, "maillon_webhook_events_pending") >= 1, grep(text, "maillon_webhook"));
            assertTrue(sample(text, "maillon_webhook_deliveries_due") >= 0, grep(text, "maillon_webhook"));
        } finally {
            try (var c = dataSource.getConnection(); var st = c.createStatement()) {
                st.executeUpdate("DELETE FROM webhook_delivery WHERE subscription_id = '" + subscription + "'");
                st.executeUpdate("DELETE FROM webhook_subscription WHERE id = '" + subscription + "'");
            }
        }
    }

    @Test
    void deliveryOutcomesAreCounted() throws Exception {
        double before = sample(metrics(), "maillon_webhook_deliveries_total", "outcome=\"delivered\"");
        double retriesBefore = sample(metrics(), "maillon_webhook_deliveries_total", "outcome=\"retry\"");
        java.util.concurrent.atomic.AtomicInteger calls = new java.util.concurrent.atomic.AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/hook", exchange -> {
            exchange.getRequestBody().readAllBytes();
            // the first attempt fails, the second succeeds
            exchange.sendResponseHeaders(calls.getAndIncrement() == 0 ? 500 : 204, -1);
            exchange.close();
        });
        server.start();
        String id = null;
        try {
            String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
            id = given().auth().oauth2(Tokens.forRole("admin", "CIUSSS-NIM")).contentType("application/json")
                    .body("{\"url\":\"" + url + "\",\"eventTypes\":[\"concertation.meeting-recorded\"]}")
                    .when().post("/api/v1/webhooks").then().statusCode(201).extract().path("id");
            QuarkusTransaction.requiringNew().run(() -> events.publish("CIUSSS-NIM", EventType.CONCERTATION_MEETING_RECORDED,
                    "concertation", "OBS-C", Map.of("n", 1)));
            long deadline = System.currentTimeMillis() + 30_000;
            String text = metrics();
            while (!(sample(text, "maillon_webhook_deliveries_total", "outcome=\"delivered\"") >= before + 1)
                    && System.currentTimeMillis() < deadline) {
                Thread.sleep(250);
                text = metrics();
            }
            assertTrue(sample(text, "maillon_webhook_deliveries_total", "outcome=\"delivered\"") >= before + 1, grep(text, "maillon_webhook"));
            assertTrue(sample(text, "maillon_webhook_deliveries_total", "outcome=\"retry\"") >= retriesBefore + 1, grep(text, "maillon_webhook"));
            assertTrue(sample(text, "maillon_webhook_delivery_seconds_count") >= 2, grep(text, "maillon_webhook"));
            assertTrue(!Double.isNaN(sample(text, "maillon_webhook_delivery_seconds_bucket", "le=\"0.1\"")), grep(text, "maillon_webhook"));
        } finally {
            server.stop(0);
            if (id != null) {
                try (var c = dataSource.getConnection(); var st = c.createStatement()) {
                    st.executeUpdate("UPDATE webhook_subscription SET active = false WHERE id = '" + id + "'");
                }
            }
        }
    }

    @Test
    void everyProblemCarriesTheRequestIdOfItsResponse() {
        // the caller's id is kept: 404 of an unknown API route (RESTEasy), 401, 422, and 404 outside the API (Vert.x)
        given().auth().oauth2(Tokens.marie()).header("X-Request-Id", "obs-404-a")
                .when().get("/api/v1/no-such-thing")
                .then().statusCode(404).header("X-Request-Id", "obs-404-a").body("requestId", equalTo("obs-404-a"));
        given().header("X-Request-Id", "obs-401")
                .when().get("/api/v1/me")
                .then().statusCode(401).header("X-Request-Id", "obs-401").body("requestId", equalTo("obs-401"));
        given().auth().oauth2(Tokens.sophie()).header("X-Request-Id", "obs-422").contentType("application/json")
                .body("{}").when().post("/api/v1/organizations")
                .then().statusCode(422).header("X-Request-Id", "obs-422").body("requestId", equalTo("obs-422"));
        given().header("X-Request-Id", "obs-404-b")
                .when().get("/nothing/here")
                .then().statusCode(404).header("X-Request-Id", "obs-404-b").body("requestId", equalTo("obs-404-b"));
        // without one (or with an unusable one), the API makes one, the same in the header and the body
        Response r = given().header("X-Request-Id", "not acceptable: spaces").when().get("/api/v1/me");
        assertEquals(401, r.statusCode());
        String made = r.header("X-Request-Id");
        assertTrue(made.matches("[0-9a-f-]{36}"), made);
        assertEquals(made, r.jsonPath().getString("requestId"));
        given().when().get("/api/v1/me").then().statusCode(401)
                .body("requestId", matchesPattern("[0-9a-f-]{36}"));
    }

    @Test
    void theAuditEntryOfAChangeCarriesTheRequestIdOfTheCall() {
        String id = given().auth().oauth2(Tokens.sophie()).header("X-Request-Id", "obs-audit-1")
                .contentType("application/json")
                .body(Map.of("type", "COMMUNITY_ORGANIZATION", "name", "Observabilité " + java.util.UUID.randomUUID(),
                        "territory", "LAN-JOLIETTE"))
                .when().post("/api/v1/organizations")
                .then().statusCode(201).header("X-Request-Id", "obs-audit-1").extract().path("id");
        given().auth().oauth2(Tokens.sophie()).queryParam("recordType", "organization").queryParam("recordId", id)
                .when().get("/api/v1/audit")
                .then().statusCode(200).body("items[0].requestId", equalTo("obs-audit-1"));
    }

    @Test
    void eachRequestWritesAnAccessLogLineWithItsRequestId() {
        java.util.logging.Logger access = java.util.logging.Logger.getLogger(RequestLog.LOGGER);
        Level level = access.getLevel();
        List<LogRecord> records = Collections.synchronizedList(new ArrayList<>());
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (record instanceof ExtLogRecord ext) {
                    ext.copyAll(); // the logging context of the thread that logged
                }
                records.add(record);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        access.setLevel(Level.INFO);
        access.addHandler(capture);
        try {
            given().auth().oauth2(Tokens.marie()).header("X-Request-Id", "obs-log-1")
                    .queryParam("email", "someone@example.org")
                    .when().get("/api/v1/me").then().statusCode(200);
            long deadline = System.currentTimeMillis() + 5_000;
            while (records.stream().noneMatch(r -> "obs-log-1".equals(mdc(r, "requestId"))) && System.currentTimeMillis() < deadline) {
                sleep(20);
            }
            ExtLogRecord line = (ExtLogRecord) records.stream().filter(r -> "obs-log-1".equals(mdc(r, "requestId")))
                    .findFirst().orElseThrow(() -> new AssertionError("no access-log line for obs-log-1: " + records));
            String message = line.getFormattedMessage();
            assertTrue(message.startsWith("GET /api/v1/me 200 "), message);
            assertTrue(!message.contains("someone@example.org"), "the query string is not logged: " + message);
            assertEquals("200", line.getMdc("status"));
            assertEquals("GET", line.getMdc("method"));
            assertEquals("/api/v1/me", line.getMdc("path"));
            assertTrue(Double.parseDouble(line.getMdc("durationMs")) >= 0);
        } finally {
            access.removeHandler(capture);
            access.setLevel(level);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String mdc(LogRecord r, String key) {
        return r instanceof ExtLogRecord ext ? ext.getMdc(key) : null;
    }

    private static String grep(String text, String fragment) {
        StringBuilder sb = new StringBuilder();
        for (String line : text.split("\n")) {
            if (line.contains(fragment)) {
                sb.append(line).append('\n');
            }
        }
        return sb.toString();
    }
}
