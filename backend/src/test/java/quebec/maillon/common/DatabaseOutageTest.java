package quebec.maillon.common;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import quebec.maillon.support.Contract;
import quebec.maillon.support.EmbeddedPostgres;
import quebec.maillon.support.Tokens;

/**
 * The real PostgreSQL of this test is stopped, then started again. Meanwhile every operation of the contract answers
 * 503 problem+json with Retry-After (never 500; only a read that needs no database may still answer 2xx, never a
 * write), readiness is DOWN and liveness UP; a write refused during the outage
 * left nothing behind; once the database is back the API serves and writes again by itself, without a restart.
 * It runs in its own application with its own database (its own test profile), so no other test sees the outage.
 */
@QuarkusTest
@TestProfile(DatabaseOutageTest.OwnDatabase.class)
class DatabaseOutageTest {

    /** A profile of its own: Quarkus restarts the application, and the test resource starts a new database. */
    public static class OwnDatabase implements QuarkusTestProfile {
    }

    private static final String INTERVENTION = "30000000-0000-4000-8000-000000000052";
    private static final String MARIE = "60000000-0000-4000-8000-000000000001";

    @Test
    void withPostgresStoppedEveryEndpointAnswers503AndTheApiRecoversByItselfOnceItIsBack() throws Exception {
        EmbeddedPostgres postgres = EmbeddedPostgres.attach(
                Path.of(config("maillon.test.postgres.bin")), Path.of(config("maillon.test.postgres.data")),
                Integer.parseInt(config("maillon.test.postgres.port")));
        String manager = Tokens.sophie();
        given().auth().oauth2(manager).get("/api/v1/activities").then().statusCode(200);
        given().get("/q/health/ready").then().statusCode(200);
        List<Contract.Op> operations = Contract.operations();
        String refusedMarker = "outage-" + UUID.randomUUID();

        postgres.stopServer();
        boolean running = false;
        try {
            // Readiness goes down (a load balancer stops sending traffic); liveness stays up (no restart loop).
            given().get("/q/health/ready").then().statusCode(503);
            given().get("/q/health/live").then().statusCode(200);

            // Every operation, several at a time (so some wait for the pool and reach its acquisition timeout).
            List<String> failures = new ArrayList<>();
            ExecutorService pool = Executors.newFixedThreadPool(16);
            try {
                List<Future<String>> answers = new ArrayList<>();
                for (Contract.Op op : operations) {
                    answers.add(pool.submit(() -> check(op)));
                }
                for (Future<String> answer : answers) {
                    String failure = answer.get();
                    if (failure != null) {
                        failures.add(failure);
                    }
                }
            } finally {
                pool.shutdownNow();
            }
            Assertions.assertTrue(failures.isEmpty(), failures.size() + " of " + operations.size()
                    + " operations did not answer 503 problem+json with Retry-After while PostgreSQL was down:\n"
                    + String.join("\n", failures));

            Response refused = activity(manager, refusedMarker);
            Assertions.assertEquals(503, refused.statusCode(), refused.asString());

            postgres.startServer();
            running = true;
        } finally {
            if (!running) {
                postgres.startServer();
            }
        }

        // Back by itself: readiness comes up, then reads and writes succeed at once (no request is handed a
        // connection that died with the old server).
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (given().get("/q/health/ready").statusCode() != 200) {
            Assertions.assertTrue(System.nanoTime() < deadline, "readiness did not come back within 30 s");
            Thread.sleep(200);
        }
        for (int i = 0; i < 25; i++) {
            given().auth().oauth2(manager).get("/api/v1/activities").then().statusCode(200);
        }
        String acceptedMarker = "after-outage-" + UUID.randomUUID();
        Response created = activity(manager, acceptedMarker);
        Assertions.assertEquals(201, created.statusCode(), created.asString());

        // Nothing half-written: the write refused during the outage is absent; the one after it is whole.
        String url = postgres.jdbcUrl("maillon");
        try (Connection c = DriverManager.getConnection(url, "maillon", "maillon")) {
            Assertions.assertEquals(0, count(c, "SELECT count(*) FROM activity WHERE notes = ?", refusedMarker));
            Assertions.assertEquals(1, count(c, "SELECT count(*) FROM activity a JOIN activity_act x ON x.activity_id = a.id"
                    + " WHERE a.notes = ?", acceptedMarker));
        }
    }

    /** One operation while the database is down: null when it answered as it should, else what went wrong. */
    private static String check(Contract.Op op) {
        Map<String, JsonNode> examples = op.requestExamples();
        JsonNode body = examples.isEmpty() ? null : examples.values().iterator().next();
        RequestSpecification request = given().auth().oauth2(Contract.tokenAllowedFor(op))
                .queryParams(Contract.requiredQuery(op)).header("If-Match", "\"0\"");
        if (body != null) {
            request = request.contentType("application/json").body(body.toString());
        }
        Response r = request.request(op.method().toUpperCase(), Contract.url(op, null));
        String what = op.method().toUpperCase() + " " + op.path() + ": ";
        if (r.statusCode() / 100 == 2 && op.method().equals("get")) {
            return null; // a read served without the database (the static index of the reference lists)
        }
        if (r.statusCode() != 503) {
            return what + r.statusCode() + " " + r.asString().replaceAll("\\s+", " ");
        }
        if (!"application/problem+json".equals(r.contentType())) {
            return what + "503 without problem+json (" + r.contentType() + ")";
        }
        if (!String.valueOf(DatabaseUnavailable.RETRY_AFTER_SECONDS).equals(r.header("Retry-After"))) {
            return what + "503 without Retry-After";
        }
        if (!r.jsonPath().getString("type").endsWith("/database-unavailable") || r.jsonPath().getInt("status") != 503
                || !r.jsonPath().getString("detail").contains("database")) {
            return what + "503 with an unexpected body: " + r.asString();
        }
        if (!op.node().path("responses").has("503")) {
            return what + "answers 503 but the contract does not document it";
        }
        return null;
    }

    private static Response activity(String token, String notes) {
        return given().auth().oauth2(token).contentType("application/json")
                .body(Map.of("occurredOn", "2026-01-10", "durationMinutes", 30, "organizerId", MARIE,
                        "acts", List.of("FACILITATE"), "notes", notes, "interventionId", INTERVENTION))
                .post("/api/v1/activities");
    }

    private static long count(Connection c, String sql, String value) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, value);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static String config(String name) {
        return ConfigProvider.getConfig().getValue(name, String.class);
    }
}
