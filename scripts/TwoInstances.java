// Two Maillon API instances on one PostgreSQL (run by scripts/two-instances.sh): proves the API is stateless where it
// matters. JDK only (plus the PostgreSQL driver of the application's lib/ for the database checks).
//
//  1. Webhooks: a local receiver subscribes (through instance A); records are created and decided alternately
//     through A and B by several clients at once; both instances run the webhook dispatcher against the same
//     outbox. Checks: every event delivered exactly once (no delivery id twice, one request.received and one
//     request.decided per record), received before decided for every record, every signature valid, every
//     delivery DELIVERED after one attempt in the database; and which instance sent what (from the TCP connections).
//  2. Optimistic locking: the same If-Match update sent at the same instant to A and B, many rounds: exactly one
//     2xx and one 412 each time, and the version grew by exactly one per round.
//  3. Idempotency: the same creation with the same Idempotency-Key sent at the same instant to A and B: one record,
//     the other answer replayed.
// Prints a summary and exits 1 on any failure. `java TwoInstances.java token KEY ISSUER ROLE` prints one signed token.
import com.sun.net.httpserver.HttpServer;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.security.Signature;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

public class TwoInstances {

    static final List<String> LAN = List.of("LAN-DAUTRAY", "LAN-JOLIETTE", "LAN-MATAWINIE", "LAN-MONTCALM", "LAN-LASSOMPTION", "LAN-MOULINS");
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    static final List<String> failures = new CopyOnWriteArrayList<>();

    record Delivery(long seq, String deliveryId, String event, String recordId, boolean signatureOk, int remotePort) {
    }

    record Answer(int status, String body, String etag, String replayed) {
    }

    public static void main(String[] argv) throws Exception {
        if (argv.length == 4 && argv[0].equals("token")) { // token KEY ISSUER ROLE: one signed token (scripts/replica-pitr.sh)
            System.out.println(BenchTokens.sign(BenchTokens.readKey(Path.of(argv[1])), argv[2], person("script." + argv[3], argv[3])));
            return;
        }
        Map<String, String> a = new HashMap<>();
        for (int i = 0; i + 1 < argv.length; i += 2) {
            a.put(argv[i].replaceFirst("^--", ""), argv[i + 1]);
        }
        String[] api = {a.get("api-a"), a.get("api-b")};
        long[] pids = {Long.parseLong(a.getOrDefault("pid-a", "0")), Long.parseLong(a.getOrDefault("pid-b", "0"))};
        int hookPort = Integer.parseInt(a.getOrDefault("hook-port", "18284"));
        int records = Integer.parseInt(a.getOrDefault("records", "120"));
        int clients = Integer.parseInt(a.getOrDefault("clients", "4"));
        int lockRounds = Integer.parseInt(a.getOrDefault("lock-rounds", "20"));
        String issuer = a.get("issuer");
        PrivateKey key = BenchTokens.readKey(Path.of(a.get("key")));
        long started = System.nanoTime();

        // ---- the webhook receiver -------------------------------------------------------------------------------
        List<Delivery> deliveries = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger seq = new AtomicInteger();
        String[] secret = {null};
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", hookPort), 64);
        server.createContext("/hook", exchange -> {
            try (InputStream in = exchange.getRequestBody()) {
                String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                String ts = exchange.getRequestHeaders().getFirst("X-Maillon-Timestamp");
                String sig = exchange.getRequestHeaders().getFirst("X-Maillon-Signature");
                boolean ok = secret[0] != null && sig != null && sig.equals("sha256=" + hmac(secret[0], ts + "." + body));
                deliveries.add(new Delivery(seq.incrementAndGet(), exchange.getRequestHeaders().getFirst("X-Maillon-Delivery"),
                        exchange.getRequestHeaders().getFirst("X-Maillon-Event"), field(body, "recordId"), ok,
                        exchange.getRemoteAddress().getPort()));
                Thread.sleep(10); // a receiver that takes a little time: claims stay held while the other instance polls
                exchange.sendResponseHeaders(204, -1);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                exchange.close();
            }
        });
        server.setExecutor(Executors.newFixedThreadPool(8));
        server.start();
        // Which process owns each TCP connection to the receiver: sampled while the deliveries arrive.
        Map<Integer, Long> portOwner = new ConcurrentHashMap<>();
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                sampleConnections(hookPort, portOwner);
                try {
                    Thread.sleep(150);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.setDaemon(true);
        sampler.start();

        String admin = BenchTokens.sign(key, issuer, person("admin.deux-instances", "admin"));
        Answer sub = call("POST", api[0] + "/api/v1/webhooks", admin, null, null, "{\"url\": \"http://127.0.0.1:" + hookPort
                + "/hook\", \"eventTypes\": [\"request.received\", \"request.decided\"], \"description\": \"two-instances test\"}");
        check(sub.status == 201, "webhook subscription created through A: " + sub.status + " " + sub.body);
        secret[0] = field(sub.body, "secret");
        if (secret[0] == null) {
            System.out.println("FAILED: no webhook subscription: " + sub.status + " " + sub.body);
            System.exit(1);
        }

        String manager0 = BenchTokens.sign(key, issuer, person("gestion.deux-instances", "manager"));
        Answer org = call("POST", api[1] + "/api/v1/organizations", manager0, null, null,
                "{\"type\": \"COMMUNITY_ORGANIZATION\", \"name\": \"Organisme du test à deux instances\", \"territory\": \"LAN-JOLIETTE\"}");
        check(org.status == 201, "organization created through B: " + org.status + " " + org.body);
        String orgId = field(org.body, "id");
        if (orgId == null) {
            System.out.println("FAILED: no organization: " + org.status + " " + org.body);
            System.exit(1);
        }

        // ---- 1. records created and decided through both instances ---------------------------------------------
        Map<String, List<String>> expected = new ConcurrentHashMap<>(); // record id -> event types, in order
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<?>> work = new ArrayList<>();
        AtomicInteger callsA = new AtomicInteger(), callsB = new AtomicInteger();
        long t1 = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            int client = c;
            String token = BenchTokens.sign(key, issuer, person("gestion.client" + c, "manager"));
            work.add(pool.submit(() -> {
                for (int i = client; i < records; i += clients) {
                    int first = i % 2, second = 1 - first;
                    Answer created = call("POST", api[first] + "/api/v1/requests", token, null, null, requestBody(orgId, "Demande " + i));
                    count(first, callsA, callsB);
                    if (!check(created.status == 201, "create #" + i + ": " + created.status + " " + created.body)) {
                        continue;
                    }
                    String id = field(created.body, "id");
                    expected.put(id, List.of("request.received", "request.decided"));
                    Answer analysed = call("POST", api[second] + "/api/v1/requests/" + id + "/transitions", token, created.etag, null,
                            "{\"to\": \"UNDER_ANALYSIS\"}");
                    count(second, callsA, callsB);
                    if (!check(analysed.status == 200, "UNDER_ANALYSIS #" + i + ": " + analysed.status + " " + analysed.body)) {
                        continue;
                    }
                    Answer refused = call("POST", api[first] + "/api/v1/requests/" + id + "/transitions", token, analysed.etag, null,
                            "{\"to\": \"REFUSED\", \"reasonCode\": \"NO_CAPACITY\", \"note\": \"test à deux instances\"}");
                    count(first, callsA, callsB);
                    check(refused.status == 200, "REFUSED #" + i + ": " + refused.status + " " + refused.body);
                }
            }));
        }
        for (Future<?> f : work) {
            f.get(10, TimeUnit.MINUTES);
        }
        double writeSeconds = (System.nanoTime() - t1) / 1e9;

        // ---- 2. optimistic locking across instances -------------------------------------------------------------
        String tokenA = BenchTokens.sign(key, issuer, person("gestion.a", "manager"));
        String tokenB = BenchTokens.sign(key, issuer, person("gestion.b", "manager"));
        Answer target = call("POST", api[0] + "/api/v1/requests", tokenA, null, null, requestBody(orgId, "Verrou optimiste"));
        check(target.status == 201, "create the record for the locking test: " + target.status);
        String targetId = field(target.body, "id");
        expected.put(targetId, List.of("request.received"));
        long firstVersion = Long.parseLong(target.etag.replace("\"", "").replace("W/", ""));
        int exactlyOne = 0, winsA = 0, winsB = 0;
        Map<String, Integer> outcomes = new TreeMap<>();
        ExecutorService racers = Executors.newFixedThreadPool(2);
        for (int round = 0; round < lockRounds; round++) {
            Answer read = call("GET", api[round % 2] + "/api/v1/requests/" + targetId, tokenA, null, null, null);
            CountDownLatch go = new CountDownLatch(1);
            int r = round;
            Future<Answer> fa = racers.submit(() -> {
                go.await();
                return call("PUT", api[0] + "/api/v1/requests/" + targetId, tokenA, read.etag, null, requestBody(orgId, "Version A, tour " + r));
            });
            Future<Answer> fb = racers.submit(() -> {
                go.await();
                return call("PUT", api[1] + "/api/v1/requests/" + targetId, tokenB, read.etag, null, requestBody(orgId, "Version B, tour " + r));
            });
            go.countDown();
            int sa = fa.get(60, TimeUnit.SECONDS).status, sb = fb.get(60, TimeUnit.SECONDS).status;
            outcomes.merge("A " + sa + " / B " + sb, 1, Integer::sum);
            boolean one = (sa / 100 == 2 && sb == 412) || (sb / 100 == 2 && sa == 412);
            if (one) {
                exactlyOne++;
                if (sa / 100 == 2) {
                    winsA++;
                } else {
                    winsB++;
                }
            } else {
                check(false, "locking round " + round + ": A answered " + sa + ", B answered " + sb);
            }
        }
        Answer last = call("GET", api[1] + "/api/v1/requests/" + targetId, tokenB, null, null, null);
        long lastVersion = Long.parseLong(last.etag.replace("\"", "").replace("W/", ""));
        check(lastVersion - firstVersion == lockRounds, "version grew by " + (lastVersion - firstVersion) + " for " + lockRounds + " rounds");
        racers.shutdown();

        // ---- 3. the same Idempotency-Key at both instances at once ----------------------------------------------
        int idemRounds = 10, idemOk = 0;
        ExecutorService idem = Executors.newFixedThreadPool(2);
        for (int round = 0; round < idemRounds; round++) {
            String keyValue = UUID.randomUUID().toString();
            String body = requestBody(orgId, "Idempotence " + round);
            CountDownLatch go = new CountDownLatch(1);
            Future<Answer> fa = idem.submit(() -> {
                go.await();
                return call("POST", api[0] + "/api/v1/requests", tokenA, null, keyValue, body);
            });
            Future<Answer> fb = idem.submit(() -> {
                go.await();
                return call("POST", api[1] + "/api/v1/requests", tokenA, null, keyValue, body);
            });
            go.countDown();
            Answer ra = fa.get(60, TimeUnit.SECONDS), rb = fb.get(60, TimeUnit.SECONDS);
            String ida = field(ra.body, "id"), idb = field(rb.body, "id");
            boolean oneReplayed = "true".equals(ra.replayed) ^ "true".equals(rb.replayed);
            if (ra.status == 201 && rb.status == 201 && ida != null && ida.equals(idb) && oneReplayed) {
                idemOk++;
                expected.put(ida, List.of("request.received"));
            } else {
                check(false, "idempotency round " + round + ": A " + ra.status + " " + ida + " replayed=" + ra.replayed
                        + ", B " + rb.status + " " + idb + " replayed=" + rb.replayed);
                if (ida != null) {
                    expected.put(ida, List.of("request.received"));
                }
                if (idb != null && !idb.equals(ida)) {
                    expected.put(idb, List.of("request.received"));
                }
            }
        }
        idem.shutdown();
        pool.shutdown();

        // ---- wait for the deliveries -----------------------------------------------------------------------------
        int expectedEvents = expected.values().stream().mapToInt(List::size).sum();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (deliveries.size() < expectedEvents && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        double deliveredAfter = (System.nanoTime() - t1) / 1e9;
        Thread.sleep(5000); // a late duplicate would arrive now: both dispatchers poll every second
        sampler.interrupt();
        server.stop(0);

        // ---- checks -----------------------------------------------------------------------------------------------
        List<Delivery> got;
        synchronized (deliveries) {
            got = new ArrayList<>(deliveries);
        }
        Map<String, Integer> perDelivery = new HashMap<>();
        Map<String, List<String>> perRecord = new LinkedHashMap<>();
        int badSignatures = 0;
        for (Delivery d : got) {
            perDelivery.merge(d.deliveryId(), 1, Integer::sum);
            perRecord.computeIfAbsent(d.recordId(), k -> new ArrayList<>()).add(d.event());
            if (!d.signatureOk()) {
                badSignatures++;
            }
        }
        long doubled = perDelivery.values().stream().filter(n -> n > 1).count();
        int missing = 0, outOfOrder = 0, unexpected = 0;
        for (Map.Entry<String, List<String>> e : expected.entrySet()) {
            List<String> seen = perRecord.getOrDefault(e.getKey(), List.of());
            if (!seen.equals(e.getValue())) {
                if (seen.size() < e.getValue().size()) {
                    missing++;
                } else if (seen.size() == e.getValue().size()) {
                    outOfOrder++;
                }
            }
        }
        for (String record : perRecord.keySet()) {
            if (!expected.containsKey(record)) {
                unexpected++;
            }
        }
        check(got.size() == expectedEvents, "deliveries received: " + got.size() + ", events expected: " + expectedEvents);
        check(doubled == 0, doubled + " delivery id(s) received more than once");
        check(missing == 0, missing + " record(s) missing an event");
        check(outOfOrder == 0, outOfOrder + " record(s) whose events arrived out of order");
        check(unexpected == 0, unexpected + " record(s) not created by this test");
        check(badSignatures == 0, badSignatures + " delivery(ies) with a wrong signature");

        // Who sent them: the process owning each connection (ss), mapped to the instance's pid.
        Map<String, Integer> bySender = new TreeMap<>();
        for (Delivery d : got) {
            Long pid = portOwner.get(d.remotePort());
            String who = pid == null ? "unknown" : pid == pids[0] ? "A" : pid == pids[1] ? "B" : "pid " + pid;
            bySender.merge(who, 1, Integer::sum);
        }

        // The database's view.
        String dbSummary = "";
        if (a.containsKey("jdbc")) {
            try (Connection c = DriverManager.getConnection(a.get("jdbc"), a.getOrDefault("db-user", "maillon"), a.getOrDefault("db-password", "maillon"));
                    ResultSet rs = c.createStatement().executeQuery("SELECT count(*), count(*) FILTER (WHERE status = 'DELIVERED'), "
                            + "coalesce(max(attempts), 0), count(*) FILTER (WHERE attempts > 1), (SELECT count(*) FROM outbox_event) FROM webhook_delivery")) {
                rs.next();
                long total = rs.getLong(1), delivered = rs.getLong(2), maxAttempts = rs.getLong(3), retried = rs.getLong(4), events = rs.getLong(5);
                dbSummary = String.format("database: %d outbox events, %d deliveries, %d DELIVERED, %d retried, at most %d attempt(s)",
                        events, total, delivered, retried, maxAttempts);
                check(total == expectedEvents && delivered == total, "database: " + delivered + " of " + total + " deliveries DELIVERED, "
                        + expectedEvents + " expected");
                check(maxAttempts == 1, "database: a delivery took " + maxAttempts + " attempts (a double claim would show here)");
            }
        }

        System.out.println();
        System.out.println("== Two API instances on one PostgreSQL: summary ==");
        System.out.printf("instances: A %s (pid %d), B %s (pid %d)%n", api[0], pids[0], api[1], pids[1]);
        System.out.printf("writes: %d records created, analysed and refused by %d clients, alternating A and B (%d calls to A, %d to B) in %.1f s%n",
                records, clients, callsA.get(), callsB.get(), writeSeconds);
        System.out.printf("webhooks: %d events expected, %d deliveries received (all within %.1f s of the first write), %d doubled, %d missing, "
                + "%d out of order, %d bad signatures%n", expectedEvents, got.size(), deliveredAfter, doubled, missing, outOfOrder, badSignatures);
        System.out.println("webhooks sent by: " + bySender);
        if (!dbSummary.isEmpty()) {
            System.out.println(dbSummary);
        }
        System.out.printf("optimistic locking: %d rounds of the same If-Match PUT to A and B at once: %d with exactly one 2xx and one 412 "
                + "(A won %d, B won %d); version %d -> %d%n", lockRounds, exactlyOne, winsA, winsB, firstVersion, lastVersion);
        System.out.println("  outcomes: " + outcomes);
        System.out.printf("idempotency: %d rounds of the same Idempotency-Key to A and B at once: %d with one record and one replayed answer%n",
                idemRounds, idemOk);
        System.out.printf("duration: %.1f s%n", (System.nanoTime() - started) / 1e9);
        if (failures.isEmpty()) {
            System.out.println("RESULT: PASSED");
            System.exit(0);
        }
        System.out.println("RESULT: FAILED (" + failures.size() + ")");
        failures.stream().limit(20).forEach(f -> System.out.println("  - " + f));
        System.exit(1);
    }

    static void count(int instance, AtomicInteger a, AtomicInteger b) {
        (instance == 0 ? a : b).incrementAndGet();
    }

    static boolean check(boolean ok, String what) {
        if (!ok) {
            failures.add(what);
        }
        return ok;
    }

    static String requestBody(String orgId, String need) {
        return "{\"organizationId\": \"" + orgId + "\", \"receivedOn\": \"" + LocalDate.now().minusDays(1) + "\", \"channel\": \"EMAIL\", "
                + "\"territory\": \"LAN-JOLIETTE\", \"serviceOffer\": \"ORGANIZATION_SUPPORT\", \"need\": \"" + need + "\"}";
    }

    static Answer call(String method, String url, String token, String ifMatch, String idempotencyKey, String json) {
        for (int attempt = 0; attempt < 5; attempt++) {
            try {
                HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                        .header("Authorization", "Bearer " + token).header("Accept", "application/json");
                if (ifMatch != null) {
                    b.header("If-Match", ifMatch);
                }
                if (idempotencyKey != null) {
                    b.header("Idempotency-Key", idempotencyKey);
                }
                b.method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
                if (json != null) {
                    b.header("Content-Type", "application/json");
                }
                HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 429) { // the rate limit is per token and per instance: wait as told
                    Thread.sleep(1000L * Long.parseLong(r.headers().firstValue("Retry-After").orElse("1")));
                    continue;
                }
                return new Answer(r.statusCode(), r.body(), r.headers().firstValue("ETag").orElse(null),
                        r.headers().firstValue("Idempotent-Replayed").orElse(null));
            } catch (Exception e) {
                return new Answer(-1, e.toString(), null, null);
            }
        }
        return new Answer(429, "rate limited 5 times", null, null);
    }

    static final Pattern SS_LINE = Pattern.compile("127\\.0\\.0\\.1\\]?:(\\d+)\\s+\\S*127\\.0\\.0\\.1\\]?:(\\d+).*pid=(\\d+)");

    /** Client side of every TCP connection to the receiver, with its process (ss -tnp). */
    static void sampleConnections(int hookPort, Map<Integer, Long> owner) {
        try {
            Process p = new ProcessBuilder("ss", "-Htnp", "state", "established", "( dport = :" + hookPort + " )")
                    .redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            p.waitFor(5, TimeUnit.SECONDS);
            for (String line : out.split("\n")) {
                Matcher m = SS_LINE.matcher(line);
                if (m.find() && Integer.parseInt(m.group(2)) == hookPort) {
                    owner.put(Integer.parseInt(m.group(1)), Long.parseLong(m.group(3)));
                }
            }
        } catch (Exception e) {
            // no ss: the senders stay unknown
        }
    }

    static String field(String json, String name) {
        if (json == null) {
            return null;
        }
        Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*\"([^\"]*)\"").matcher(json);
        return m.find() ? m.group(1) : null;
    }

    static String hmac(String secret, String message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    // ---- tokens: bench/BenchTokens.java (RS256, shaped like the realm's) ------------------------------------------
    static Map<String, Object> person(String username, String role) {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("sub", UUID.nameUUIDFromBytes(username.getBytes(StandardCharsets.UTF_8)).toString());
        claims.put("preferred_username", username);
        claims.put("name", username);
        claims.put("azp", "maillon-web");
        claims.put("establishment", "CISSS-LAN");
        claims.put("territories", LAN);
        claims.put("realm_access", Map.of("roles", List.of(role)));
        return claims;
    }
}
