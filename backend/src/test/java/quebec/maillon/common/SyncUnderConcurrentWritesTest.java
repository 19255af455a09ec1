package quebec.maillon.common;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import quebec.maillon.support.Api;
import quebec.maillon.support.Db;
import quebec.maillon.support.RequestData;
import quebec.maillon.support.SyncClient;
import quebec.maillon.support.TestData;
import quebec.maillon.support.Tokens;

/**
 * Synchronization under concurrent writes: writers create, change, archive and delete records through the API while
 * another writer, on its own database session, holds transactions open (it writes, then takes its time to commit,
 * as a second API instance or a script would), and a client copies the feed pass after pass with the protocol of
 * docs/sync.md. At the end the client's copy equals the database, record for record and version for version, and
 * no version was sent twice. The test also counts the late commits it produced: changes committed after the client
 * had already received a later updatedAt. A client resuming from the greatest updatedAt it has seen (what the API
 * told clients before) misses every one of them; with nextUpdatedSince none is missed.
 */
@QuarkusTest
class SyncUnderConcurrentWritesTest {

    private static final long WRITING_MS = 6_000;
    private static final int PAGE = 7;

    /** The client's copy of a list, and everything the feed sent it. */
    static final class Mirror {
        final String path;
        final Map<String, String> filters;
        final Map<String, Map<String, Object>> records = new HashMap<>();
        final Set<String> delivered = new HashSet<>();
        final List<String> repeated = new ArrayList<>();
        String since = "1970-01-01T00:00:00Z";
        int passes;
        int passesWithoutNextUpdatedSince;

        Mirror(String path, Map<String, String> filters) {
            this.path = path;
            this.filters = filters;
        }

        /** One pass from where the last one ended, applied to the copy. */
        void pass(String token) {
            String cursor = null;
            String next = null;
            Instant greatest = null;
            do {
                Response page = get(token, cursor);
                List<Map<String, Object>> items = page.path("items");
                for (Map<String, Object> item : items) {
                    String id = (String) item.get("id");
                    Instant updatedAt = OffsetDateTime.parse((String) item.get("updatedAt")).toInstant();
                    if (!delivered.add(id + "@" + updatedAt)) {
                        repeated.add(id + "@" + updatedAt);
                    }
                    records.put(id, item);
                    greatest = greatest == null || updatedAt.isAfter(greatest) ? updatedAt : greatest;
                }
                List<Map<String, Object>> deleted = page.path("deleted");
                if (deleted != null) {
                    deleted.forEach(d -> records.remove((String) d.get("id")));
                }
                cursor = page.path("nextCursor");
                next = page.path("nextUpdatedSince");
            } while (cursor != null);
            passes++;
            if (next == null) {
                // No protocol field: resume from the greatest updatedAt received (the only thing a client could do).
                passesWithoutNextUpdatedSince++;
                next = greatest != null ? greatest.toString() : since;
            }
            since = next;
        }

        private Response get(String token, String cursor) {
            while (true) {
                RequestSpecification spec = given().auth().oauth2(token).queryParams(filters)
                        .queryParam("updatedSince", since).queryParam("limit", PAGE);
                if (cursor != null) {
                    spec.queryParam("cursor", cursor);
                }
                Response page = spec.when().get(path).then().extract().response();
                if (page.statusCode() == 429) {
                    pause(200);
                    continue;
                }
                assertEquals(200, page.statusCode(), page.asString());
                return page;
            }
        }
    }

    /**
     * The writer that holds its transactions open: writes, waits while the others commit, then commits. A commit is
     * late when a change stamped after its transaction's start is already committed: a client that copied it and
     * resumed from the greatest updatedAt would never see this one.
     */
    static final class SlowWriter {
        final String table;
        final AtomicInteger commits = new AtomicInteger();
        final AtomicInteger lateCommits = new AtomicInteger();
        final List<UUID> own = Collections.synchronizedList(new ArrayList<>());

        SlowWriter(String table) {
            this.table = table;
        }

        /** Runs transactions until the deadline; {@code work} writes in the open transaction. */
        void run(long deadline, Work work) {
            try (Connection c = Db.connect(); Connection observer = Db.connect()) {
                c.setAutoCommit(false);
                while (System.currentTimeMillis() < deadline) {
                    work.write(c, this);
                    Instant start = ((OffsetDateTime) Db.rows(c, "SELECT now() AS t").get(0).get("t")).toInstant();
                    pause(ThreadLocalRandom.current().nextLong(300, 900));
                    Object latest = Db.rows(observer, "SELECT max(updated_at) AS t FROM " + table
                            + " WHERE establishment_code = 'CISSS-LAN'").get(0).get("t");
                    if (latest != null && ((OffsetDateTime) latest).toInstant().isAfter(start)) {
                        lateCommits.incrementAndGet();
                    }
                    c.commit();
                    commits.incrementAndGet();
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    @FunctionalInterface
    interface Work {
        void write(Connection c, SlowWriter writer);
    }

    private static void pause(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** 429 (the rate limit) is waited out; anything else than the expected status fails the writer. */
    private static Response call(int expected, java.util.function.Supplier<Response> request) {
        while (true) {
            Response r = request.get();
            if (r.statusCode() == 429) {
                pause(200);
                continue;
            }
            assertEquals(expected, r.statusCode(), r.asString());
            return r;
        }
    }

    /** The client copies while the writers write, then catches up; returns the writers' results. */
    private static void copyWhileWriting(Mirror mirror, String reader, List<Runnable> writers) throws Exception {
        mirror.pass(reader);
        ExecutorService pool = Executors.newFixedThreadPool(writers.size());
        try {
            List<Future<?>> running = new ArrayList<>();
            writers.forEach(w -> running.add(pool.submit(w)));
            while (running.stream().anyMatch(f -> !f.isDone())) {
                mirror.pass(reader);
                pause(30);
            }
            for (Future<?> f : running) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        // The writers are done: two more passes bring the rest, the second nothing new.
        SyncClient.settle();
        mirror.pass(reader);
        int delivered = mirror.delivered.size();
        SyncClient.settle();
        mirror.pass(reader);
        assertEquals(delivered, mirror.delivered.size(), "a pass after the last write brings nothing new");
    }

    private static void report(String what, Mirror mirror, SlowWriter slow, int records) {
        System.out.printf("sync under concurrent writes, %s: %d passes, %d versions received, %d repeated, %d records in the "
                + "database, %d in the copy; %d transactions held open, %d of them late commits%n", what, mirror.passes,
                mirror.delivered.size(), mirror.repeated.size(), records, mirror.records.size(), slow.commits.get(),
                slow.lateCommits.get());
    }

    // ------------------------------------------------------------------------------------------- organizations

    @Test
    void aClientCopiesEveryOrganizationOnceEachVersionWhileTheyChange() throws Exception {
        Mirror mirror = new Mirror("/api/v1/organizations", Map.of());
        SlowWriter slow = new SlowWriter("organization");
        long deadline = System.currentTimeMillis() + WRITING_MS;
        List<Runnable> writers = new ArrayList<>();
        for (int n = 0; n < 2; n++) {
            String token = Tokens.client("sync-writer-" + n, "integration", "CISSS-LAN");
            writers.add(() -> writeOrganizations(token, deadline));
        }
        writers.add(() -> slow.run(deadline, (c, w) -> {
            if (!w.own.isEmpty()) {
                Db.update(c, "UPDATE organization SET name = ?, version = version + 1, updated_at = now() WHERE id = ?",
                        "Lente modifiée " + RequestData.marker(), w.own.get(ThreadLocalRandom.current().nextInt(w.own.size())));
            }
            UUID id = UUID.randomUUID();
            Db.update(c, "INSERT INTO organization (id, establishment_code, type_code, name, territory_code, created_at, updated_at) "
                    + "VALUES (?, 'CISSS-LAN', 'COMMUNITY_ORGANIZATION', ?, 'LAN-JOLIETTE', now(), now())", id, "Lente " + RequestData.marker());
            w.own.add(id);
        }));
        copyWhileWriting(mirror, Tokens.client("sync-reader", "integration", "CISSS-LAN"), writers);

        Map<String, List<Object>> database = new TreeMap<>();
        for (Map<String, Object> row : Db.rows("SELECT id, name, archived, updated_at FROM organization WHERE establishment_code = 'CISSS-LAN'")) {
            database.put(row.get("id").toString(), List.of(row.get("name"), row.get("archived"),
                    ((OffsetDateTime) row.get("updated_at")).toInstant()));
        }
        report("organizations", mirror, slow, database.size());
        Map<String, List<Object>> copy = new TreeMap<>();
        mirror.records.forEach((id, o) -> copy.put(id, List.of(o.get("name"), o.get("archived"),
                OffsetDateTime.parse((String) o.get("updatedAt")).toInstant())));
        assertEquals(List.of(), mirror.repeated, "no version sent twice");
        assertEquals(database, copy, "the copy equals the database: no record missed, each at its latest version");
        assertEquals(0, mirror.passesWithoutNextUpdatedSince, "every pass ends with nextUpdatedSince");
        assertTrue(slow.commits.get() >= 4, "transactions held open: " + slow.commits);
        assertTrue(slow.lateCommits.get() >= 1, "late commits, which a client resuming from the greatest updatedAt misses: "
                + slow.lateCommits);
        assertTrue(mirror.passes >= 5, "passes during the writes: " + mirror.passes);
    }

    private static void writeOrganizations(String token, long deadline) {
        List<String> own = new ArrayList<>();
        Set<String> archived = new HashSet<>();
        while (System.currentTimeMillis() < deadline) {
            int dice = ThreadLocalRandom.current().nextInt(10);
            if (own.isEmpty() || dice < 4) {
                Map<String, Object> body = RequestData.organization("Écrite " + RequestData.marker(), "LAN-MATAWINIE");
                own.add(call(201, () -> Api.as(token).body(body).when().post("/api/v1/organizations")).path("id"));
                continue;
            }
            String id = own.get(ThreadLocalRandom.current().nextInt(own.size()));
            if (archived.contains(id)) {
                continue;
            }
            String etag = call(200, () -> given().auth().oauth2(token).when().get("/api/v1/organizations/" + id)).header("ETag");
            if (dice == 9) {
                call(200, () -> Api.as(token).header("If-Match", etag).when().post("/api/v1/organizations/" + id + "/archive"));
                archived.add(id);
            } else {
                Map<String, Object> body = RequestData.organization("Changée " + RequestData.marker(), "LAN-MATAWINIE");
                call(200, () -> Api.as(token).header("If-Match", etag).body(body).when().put("/api/v1/organizations/" + id));
            }
        }
    }

    // ------------------------------------------------------------------------------------------- activities

    @Test
    void aClientCopiesTheActivityJournalWithItsDeletionsWhileItChanges() throws Exception {
        String intervention = Api.createIntervention(Tokens.sophie(),
                Api.intervention(Api.unique("Journal concurrent"), "LAN-JOLIETTE", TestData.MARIE));
        Mirror mirror = new Mirror("/api/v1/activities", Map.of());
        SlowWriter slow = new SlowWriter("activity");
        long deadline = System.currentTimeMillis() + WRITING_MS;
        Set<String> created = ConcurrentHashMap.newKeySet();
        List<Runnable> writers = new ArrayList<>();
        for (int n = 0; n < 2; n++) {
            String token = Tokens.client("sync-journal-" + n, "integration", "CISSS-LAN");
            writers.add(() -> writeActivities(token, intervention, deadline, created));
        }
        writers.add(() -> slow.run(deadline, (c, w) -> {
            // Changes one activity of the writers and deletes another, in one transaction left open for a while.
            List<String> ids = new ArrayList<>(created);
            if (ids.size() >= 2) {
                Collections.shuffle(ids);
                Db.update(c, "UPDATE activity SET duration_minutes = duration_minutes % 600 + 1, version = version + 1, "
                        + "updated_at = now() WHERE id = ?", UUID.fromString(ids.get(0)));
                if (Db.update(c, "DELETE FROM activity WHERE id = ?", UUID.fromString(ids.get(1))) == 1) {
                    created.remove(ids.get(1));
                }
            }
        }));
        copyWhileWriting(mirror, Tokens.client("sync-journal-reader", "integration", "CISSS-LAN"), writers);

        Map<String, List<Object>> database = new TreeMap<>();
        for (Map<String, Object> row : Db.rows("SELECT id, duration_minutes, updated_at FROM activity WHERE establishment_code = 'CISSS-LAN'")) {
            database.put(row.get("id").toString(), List.of(((Number) row.get("duration_minutes")).intValue(),
                    ((OffsetDateTime) row.get("updated_at")).toInstant()));
        }
        report("activities", mirror, slow, database.size());
        Map<String, List<Object>> copy = new TreeMap<>();
        mirror.records.forEach((id, a) -> copy.put(id, List.of(((Number) a.get("durationMinutes")).intValue(),
                OffsetDateTime.parse((String) a.get("updatedAt")).toInstant())));
        assertEquals(List.of(), mirror.repeated, "no version sent twice");
        assertEquals(database, copy, "the copy equals the database: every change, every deletion");
        assertEquals(0, mirror.passesWithoutNextUpdatedSince, "every pass ends with nextUpdatedSince");
        assertTrue(slow.commits.get() >= 4, "transactions held open: " + slow.commits);
        assertTrue(slow.lateCommits.get() >= 1, "late commits: " + slow.lateCommits);
    }

    private static void writeActivities(String token, String intervention, long deadline, Set<String> created) {
        List<String> own = new ArrayList<>();
        while (System.currentTimeMillis() < deadline) {
            int dice = ThreadLocalRandom.current().nextInt(10);
            if (own.size() < 3 || dice < 5) {
                Map<String, Object> body = Api.activity(intervention, Api.today(), 15 + dice);
                body.put("organizerId", TestData.MARIE);
                String id = call(201, () -> Api.as(token).body(body).when().post("/api/v1/activities")).path("id");
                own.add(id);
                created.add(id);
                continue;
            }
            String id = own.get(ThreadLocalRandom.current().nextInt(own.size()));
            Response current = given().auth().oauth2(token).when().get("/api/v1/activities/" + id).then().extract().response();
            if (current.statusCode() == 404) {
                own.remove(id); // deleted by the other writer
                continue;
            }
            if (dice == 9) {
                Response r = given().auth().oauth2(token).when().delete("/api/v1/activities/" + id).then().extract().response();
                // 412/404: the slow writer changed or deleted it in between.
                assertTrue(List.of(204, 404, 412, 429).contains(r.statusCode()), r.asString());
                if (r.statusCode() == 204 || r.statusCode() == 404) {
                    own.remove(id);
                    created.remove(id);
                }
            } else {
                Map<String, Object> body = Api.activity(intervention, Api.today(), 100 + dice);
                body.put("organizerId", TestData.MARIE);
                Response r = Api.as(token).header("If-Match", current.header("ETag")).body(body)
                        .when().put("/api/v1/activities/" + id).then().extract().response();
                // 412/404: the slow writer changed or deleted it in between.
                assertTrue(List.of(200, 404, 412, 429).contains(r.statusCode()), r.asString());
            }
        }
    }
}
