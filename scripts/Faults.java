// Maillon fault scenarios: a load generator that writes and reads through the API while a fault is injected, and
// records what it observed. Run by scripts/faults.sh (make faults); a single-file Java program, JDK only:
//
//   java scripts/Faults.java SCENARIO --api http://127.0.0.1:18280 --token-url http://localhost:8280/realms/maillon/protocol/openid-connect/token \
//        --client-id maillon-integration-lan --client-secret integration-lan-demo-secret --run RUN --out .local/faults \
//        --fault-cmd "…" --recover-cmd "…" [--before 10] [--hold 20] [--after 20] [--writers 4] [--readers 2]
//
// SCENARIO is postgres, keycloak, keycloak-cold or kill: it decides what is expected while the fault lasts.
//   postgres  every answer is 2xx or 503 problem+json (never 500), readiness goes DOWN, liveness stays UP,
//             then everything is 2xx again by itself.
//   keycloak  the tokens the load generator already holds keep working (every answer 2xx, also a token first shown
//             to the API during the outage); a new token cannot be had; after the restart a new token works.
//   keycloak-cold  the API restarted while Keycloak is down has no keys to check tokens with: 503 problem+json
//             (never 500) until Keycloak is back, then 2xx by itself.
//   kill      the API process is gone (connections refused), then restarted: everything 2xx again.
// In every scenario each write is retried with the same Idempotency-Key until it is acknowledged (201), as a careful
// client does; acknowledged writes go to OUT/acked-SCENARIO.csv (kind,id,marker,replayed) for the SQL checks of
// faults.sh. The fault and the recovery are shell commands (run with bash -c), timed here.
// Exit status: 0 when every expectation held, 1 otherwise (each failed expectation is printed).
import java.io.IOException;
import java.io.PrintWriter;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public class Faults {

    static final String INTERVENTION = "30000000-0000-4000-8000-000000000052"; // demo data: CISSS-LAN, open
    static final String ORGANIZER = "60000000-0000-4000-8000-000000000001"; // Marie Tremblay
    static final String ORGANIZATION = "10000000-0000-4000-8000-000000000002";

    // What one answer was, for the counts: an HTTP status, or no answer at all.
    static final int REFUSED = -1; // connection refused / reset: nothing listens
    static final int TIMEOUT = -2; // no answer within the request timeout

    record Sample(long atMs, String kind, int status, long latencyMs) {
    }

    record Acked(String kind, String id, String marker, boolean replayed, int attempts) {
    }

    static final Map<String, String> args = new HashMap<>();
    static HttpClient http;
    static String api;
    static long t0;
    static volatile boolean stopping;
    static final ConcurrentLinkedQueue<Sample> samples = new ConcurrentLinkedQueue<>();
    static final ConcurrentLinkedQueue<Acked> acked = new ConcurrentLinkedQueue<>();
    static final ConcurrentLinkedQueue<String> unexpected = new ConcurrentLinkedQueue<>();
    static final List<String> recentIds = new CopyOnWriteArrayList<>();
    static final AtomicLong pending = new AtomicLong();
    static final Map<String, Long> events = new ConcurrentHashMap<>();

    public static void main(String[] argv) throws Exception {
        if (argv.length == 0) {
            System.err.println("usage: java scripts/Faults.java postgres|keycloak|keycloak-cold|kill --api URL --token-url URL ...");
            System.exit(2);
        }
        String scenario = argv[0];
        for (int i = 1; i + 1 < argv.length; i += 2) {
            args.put(argv[i].replaceFirst("^--", ""), argv[i + 1]);
        }
        api = arg("api", "http://127.0.0.1:18280");
        String tokenUrl = arg("token-url", "http://localhost:8280/realms/maillon/protocol/openid-connect/token");
        String clientId = arg("client-id", "maillon-integration-lan");
        String secret = arg("client-secret", "integration-lan-demo-secret");
        String run = arg("run", "run");
        Path out = Path.of(arg("out", ".local/faults"));
        int before = Integer.parseInt(arg("before", "10"));
        int hold = Integer.parseInt(arg("hold", "20"));
        int after = Integer.parseInt(arg("after", "20"));
        int writers = Integer.parseInt(arg("writers", "4"));
        int readers = Integer.parseInt(arg("readers", "2"));
        Files.createDirectories(out);
        http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).version(HttpClient.Version.HTTP_1_1).build();

        // One token per thread: the API's rate limit is per token (50/s), and each thread stays well under it.
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < writers + readers; i++) {
            tokens.add(token(tokenUrl, clientId, secret));
        }
        // Issued now, shown to the API for the first time while the fault lasts (keycloak: keys are cached, not fetched).
        String unusedToken = token(tokenUrl, clientId, secret);

        t0 = System.currentTimeMillis();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < writers; i++) {
            String token = tokens.get(i);
            String prefix = "faults:" + run + ":" + scenario + ":w" + i + ":";
            threads.add(start("writer-" + i, () -> writer(token, prefix)));
        }
        for (int i = 0; i < readers; i++) {
            String token = tokens.get(writers + i);
            threads.add(start("reader-" + i, () -> reader(token)));
        }
        Thread monitor = start("health", Faults::monitor);

        sleepUntil(before * 1000L);
        events.put("fault", now());
        String faultOutput = shell(arg("fault-cmd", "true"));
        events.put("fault-done", now());

        List<String> failures = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        if (scenario.equals("keycloak")) {
            // While Keycloak is down: a new token cannot be had; a token issued before, never shown to the API, works.
            sleepUntil(events.get("fault-done") + 2000);
            try {
                token(tokenUrl, clientId, secret);
                failures.add("a new token was issued while Keycloak was stopped");
            } catch (Exception e) {
                notes.add("new token while Keycloak is down: refused (" + e.getMessage() + ")");
            }
            int status = get("/api/v1/activities?limit=5", unusedToken, "probe");
            notes.add("token issued before the outage, first shown to the API during it: HTTP " + status);
            if (status != 200) {
                failures.add("a token issued before the outage was refused during it (HTTP " + status + ")");
            }
        }
        sleepUntil(events.get("fault-done") + hold * 1000L);
        events.put("recover", now());
        String recoverOutput = shell(arg("recover-cmd", "true"));
        events.put("recover-done", now());
        if (scenario.equals("keycloak")) {
            try {
                String fresh = token(tokenUrl, clientId, secret);
                int status = get("/api/v1/activities?limit=5", fresh, "probe");
                notes.add("new token after Keycloak is back: issued, API answers HTTP " + status);
                if (status != 200) {
                    failures.add("a token issued after Keycloak came back was refused (HTTP " + status + ")");
                }
            } catch (Exception e) {
                failures.add("no new token after Keycloak came back: " + e.getMessage());
            }
        }
        sleepUntil(events.get("recover-done") + after * 1000L);
        stopping = true;
        events.put("end", now());
        for (Thread t : threads) {
            t.join(60_000); // a write still pending is retried until acknowledged (or 45 s after the end)
        }
        monitor.join(5_000);

        // ----------------------------------------------------------------------------------------------- report
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out.resolve("acked-" + scenario + ".csv")))) {
            for (Acked a : acked) {
                w.println(a.kind + "," + a.id + "," + a.marker + "," + a.replayed);
            }
        }
        long faultAt = events.get("fault"), recoverDone = events.get("recover-done");
        long backAt = events.get("recover"); // the dependency is being brought back
        Phase beforeP = phase(0, faultAt), during = phase(faultAt, recoverDone), afterP = phase(recoverDone, Long.MAX_VALUE);
        Long firstWriteBack = first(recoverDone, "write", true);
        Long firstReadyAfter = firstReady(recoverDone);
        long lastReady503 = last("ready", 503);
        long readyDown = count(faultAt, recoverDone + 60_000, "ready", 503);
        long liveNot200 = samples.stream().filter(s -> s.kind.equals("live") && s.status != 200 && s.status != REFUSED).count();
        long replayed = acked.stream().filter(Acked::replayed).count();
        long retried = acked.stream().filter(a -> a.attempts > 1).count();

        System.out.printf(Locale.ROOT, "%n== Scenario %s ==%n", scenario);
        System.out.printf(Locale.ROOT, "fault at t=%.1fs (%s), recovery at t=%.1fs, back at t=%.1fs (%s), end t=%.1fs%n",
                faultAt / 1000.0, oneLine(faultOutput), backAt / 1000.0, recoverDone / 1000.0, oneLine(recoverOutput),
                events.get("end") / 1000.0);
        System.out.println("timeline (API answers per 5 s: 2xx / 503 / refused (no process) / other; readiness)");
        long end = events.get("end");
        for (long from = 0; from < end; from += 5000) {
            Phase p = phase(from, from + 5000);
            System.out.printf(Locale.ROOT, "  t=%3d-%3ds %5d %5d %5d %5d   ready %s%n", from / 1000, (from + 5000) / 1000,
                    p.ok, p.unavailable, p.refused, p.other, readiness(from, from + 5000));
        }
        System.out.printf(Locale.ROOT, "%-10s %8s %8s %8s %8s %8s%n", "phase", "2xx", "503", "refused", "500", "other");
        for (Map.Entry<String, Phase> e : List.of(Map.entry("before", beforeP), Map.entry("fault", during),
                Map.entry("after", afterP))) {
            Phase p = e.getValue();
            System.out.printf(Locale.ROOT, "%-10s %8d %8d %8d %8d %8d%n", e.getKey(), p.ok, p.unavailable, p.refused,
                    p.serverErrors, p.other - p.serverErrors);
        }
        System.out.printf(Locale.ROOT, "writes acknowledged: %d (%d after a retry, %d of them answered by replay: "
                + "the first attempt had been saved), still unacknowledged at the end: %d%n",
                acked.size(), retried, replayed, pending.get());
        if (firstWriteBack != null) {
            System.out.printf(Locale.ROOT, "first acknowledged write %.1f s after the recovery command returned%n",
                    (firstWriteBack - recoverDone) / 1000.0);
        }
        if (firstReadyAfter != null) {
            System.out.printf(Locale.ROOT, "readiness UP %.1f s after the recovery command returned%n",
                    Math.max(0, firstReadyAfter - recoverDone) / 1000.0);
        }
        long[] unavailableMs = samples.stream().filter(x -> (x.kind.equals("write") || x.kind.equals("read")) && x.status == 503)
                .mapToLong(Sample::latencyMs).sorted().toArray();
        if (unavailableMs.length > 0) {
            System.out.printf(Locale.ROOT, "503 answered in p50 %d ms, max %d ms (%d answers)%n",
                    unavailableMs[unavailableMs.length / 2], unavailableMs[unavailableMs.length - 1], unavailableMs.length);
        }
        for (String n : notes) {
            System.out.println(n);
        }

        // ----------------------------------------------------------------------------------------- expectations
        Phase all = phase(0, Long.MAX_VALUE);
        if (all.serverErrors > 0) {
            failures.add(all.serverErrors + " answers were 5xx other than 503 (see " + out + "/api.log)");
        }
        if (beforeP.ok == 0 || beforeP.bad() > 0) {
            failures.add("before the fault, not every answer was 2xx (" + beforeP + ")");
        }
        Phase tail = phase(Math.max(recoverDone, end - 10_000), Long.MAX_VALUE);
        if (tail.ok == 0 || tail.bad() > 0 || tail.unavailable > 0 || tail.refused > 0) {
            failures.add("in the last 10 s, not every answer was 2xx (" + tail + ")");
        }
        if (pending.get() > 0) {
            failures.add(pending.get() + " writes were never acknowledged, even after the recovery");
        }
        if (liveNot200 > 0) {
            failures.add("liveness answered something else than 200 " + liveNot200 + " times");
        }
        for (String u : unexpected) {
            failures.add(u);
        }
        switch (scenario) {
            case "postgres" -> {
                if (during.unavailable == 0) {
                    failures.add("no 503 while PostgreSQL was stopped: was it?");
                }
                if (all.refused + all.timeouts > 0) {
                    failures.add((all.refused + all.timeouts) + " requests got no answer (the API must answer 503)");
                }
                if (readyDown == 0) {
                    failures.add("readiness never reported DOWN while PostgreSQL was stopped");
                }
                if (firstReadyAfter == null || firstWriteBack == null) {
                    failures.add("the API did not recover by itself after PostgreSQL came back");
                }
                System.out.printf(Locale.ROOT, "readiness DOWN in %d samples; last DOWN at t=%.1fs%n", readyDown, lastReady503 / 1000.0);
            }
            case "keycloak" -> {
                if (all.ok == 0 || all.bad() > 0 || all.unavailable > 0) {
                    failures.add("with Keycloak down, not every answer was 2xx (" + all + ")");
                }
            }
            case "keycloak-cold" -> {
                if (during.unavailable == 0) {
                    failures.add("no 503 while the API, restarted with Keycloak down, could not load the realm's keys");
                }
                if (all.timeouts > 0) {
                    failures.add(all.timeouts + " requests got no answer in time");
                }
            }
            case "kill" -> {
                if (during.refused == 0) {
                    failures.add("no refused connection after SIGKILL: was the API killed?");
                }
                if (firstWriteBack == null) {
                    failures.add("no write was acknowledged after the restart");
                }
            }
            default -> failures.add("unknown scenario " + scenario);
        }
        Files.writeString(out.resolve("summary-" + scenario + ".txt"), String.join("\n", List.of(
                "ok=" + all.ok, "unavailable=" + all.unavailable, "refused=" + all.refused, "server_errors=" + all.serverErrors,
                "other=" + (all.other - all.serverErrors), "acked=" + acked.size(), "replayed=" + replayed, "retried=" + retried,
                "pending=" + pending.get(),
                "first_write_back_s=" + (firstWriteBack == null ? "" : String.format(Locale.ROOT, "%.1f", (firstWriteBack - recoverDone) / 1000.0)),
                "ready_back_s=" + (firstReadyAfter == null ? "" : String.format(Locale.ROOT, "%.1f", Math.max(0, firstReadyAfter - recoverDone) / 1000.0)),
                "ready_down_samples=" + readyDown,
                "unavailable_p50_ms=" + (unavailableMs.length == 0 ? "" : unavailableMs[unavailableMs.length / 2]),
                "unavailable_max_ms=" + (unavailableMs.length == 0 ? "" : unavailableMs[unavailableMs.length - 1]),
                "during_ok=" + during.ok, "during_unavailable=" + during.unavailable, "during_refused=" + during.refused,
                "failures=" + failures.size())) + "\n");
        if (failures.isEmpty()) {
            System.out.println("expectations: all met");
            System.exit(0);
        }
        System.out.println("expectations NOT met:");
        failures.forEach(f -> System.out.println("  - " + f));
        System.exit(1);
    }

    // ------------------------------------------------------------------------------------------------------ load

    /** Writes one record at a time (activities and service requests in turn), each until it is acknowledged. */
    static void writer(String token, String prefix) {
        long seq = 0;
        while (!stopping) {
            long started = System.nanoTime();
            seq++;
            boolean activity = seq % 2 == 1;
            String marker = prefix + seq;
            String key = UUID.randomUUID().toString();
            String body = activity
                    ? "{\"occurredOn\":\"" + LocalDate.now().minusDays(1) + "\",\"durationMinutes\":45,\"organizerId\":\"" + ORGANIZER
                            + "\",\"acts\":[\"FACILITATE\",\"CONSULT_ADVISE\"],\"notes\":\"" + marker + "\",\"interventionId\":\""
                            + INTERVENTION + "\"}"
                    : "{\"organizationId\":\"" + ORGANIZATION + "\",\"receivedOn\":\"" + LocalDate.now().minusDays(1)
                            + "\",\"channel\":\"EMAIL\",\"territory\":\"LAN-JOLIETTE\",\"serviceOffer\":\"ORGANIZATION_SUPPORT\","
                            + "\"need\":\"" + marker + "\",\"populations\":[\"FAMILIES\"],\"determinants\":[\"POVERTY\"]}";
            String path = activity ? "/api/v1/activities" : "/api/v1/requests";
            pending.incrementAndGet();
            long giveUp = Long.MAX_VALUE;
            for (int attempt = 1; ; attempt++) {
                HttpResponse<String> r = null;
                int status;
                long sent = System.nanoTime();
                try {
                    r = http.send(HttpRequest.newBuilder(URI.create(api + path)).timeout(Duration.ofSeconds(15))
                            .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                            .header("Idempotency-Key", key).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                            HttpResponse.BodyHandlers.ofString());
                    status = r.statusCode();
                } catch (Exception e) {
                    status = noAnswer(e);
                }
                record("write", status, sent);
                if (status == 201) {
                    Matcher m = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"").matcher(r.body());
                    if (!m.find()) {
                        unexpected.add("201 without an id for " + marker);
                    } else {
                        acked.add(new Acked(activity ? "activity" : "request", m.group(1), marker,
                                "true".equals(r.headers().firstValue("Idempotent-Replayed").orElse(null)), attempt));
                        if (activity) {
                            recentIds.add(m.group(1));
                            if (recentIds.size() > 200) {
                                recentIds.remove(0);
                            }
                        }
                    }
                    pending.decrementAndGet();
                    break;
                }
                if (status != 503 && status != REFUSED && status != TIMEOUT && status != 429) {
                    unexpected.add("write " + marker + " answered " + status + ": " + (r == null ? "" : oneLine(r.body())));
                    pending.decrementAndGet();
                    break;
                }
                if (stopping && giveUp == Long.MAX_VALUE) {
                    giveUp = System.currentTimeMillis() + 45_000;
                }
                if (System.currentTimeMillis() > giveUp) {
                    break; // counted as pending: never acknowledged
                }
                sleep(1000); // Retry-After is 5 s; a retry each second shows the recovery more precisely
            }
            pace(started, 100);
        }
    }

    /** Reads lists and recently written records. */
    static void reader(String token) {
        long n = 0;
        while (!stopping) {
            long started = System.nanoTime();
            n++;
            String path;
            if (n % 3 == 0 && !recentIds.isEmpty()) {
                path = "/api/v1/activities/" + recentIds.get((int) (n % recentIds.size()));
            } else if (n % 3 == 1) {
                path = "/api/v1/activities?limit=20";
            } else {
                path = "/api/v1/requests?limit=20&territory=LAN-JOLIETTE";
            }
            long sent = System.nanoTime();
            int status = get(path, token, null);
            record("read", status, sent);
            pace(started, 200);
        }
    }

    /** Samples readiness and liveness every 250 ms. */
    static void monitor() {
        while (!stopping) {
            long started = System.nanoTime();
            long sent = System.nanoTime();
            int ready = get("/q/health/ready", null, null);
            record("ready", ready, sent);
            sent = System.nanoTime();
            int live = get("/q/health/live", null, null);
            record("live", live, sent);
            pace(started, 250);
        }
    }

    static int get(String path, String token, String kind) {
        long sent = System.nanoTime();
        try {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(api + path)).timeout(Duration.ofSeconds(15)).GET();
            if (token != null) {
                b.header("Authorization", "Bearer " + token);
            }
            HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() == 503 && path.startsWith("/api/")) {
                checkProblem(r);
            }
            if (kind != null) {
                record(kind, r.statusCode(), sent);
            }
            return r.statusCode();
        } catch (Exception e) {
            return noAnswer(e);
        }
    }

    /** A 503 of the API must be a problem detail with Retry-After. */
    static void checkProblem(HttpResponse<String> r) {
        if (!r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json")
                || r.headers().firstValue("Retry-After").isEmpty() || !r.body().contains("\"status\":503")) {
            unexpected.add("a 503 that is not a problem detail with Retry-After: " + oneLine(r.body()));
        }
    }

    static int noAnswer(Exception e) {
        if (e instanceof HttpTimeoutException && !(e instanceof HttpConnectTimeoutException)) {
            return TIMEOUT;
        }
        if (e instanceof ConnectException || e instanceof HttpConnectTimeoutException || e instanceof IOException) {
            return REFUSED;
        }
        if (e instanceof InterruptedException) {
            Thread.currentThread().interrupt();
        }
        return REFUSED;
    }

    static String token(String url, String clientId, String secret) throws IOException, InterruptedException {
        String form = "grant_type=client_credentials&client_id=" + URLEncoder.encode(clientId, StandardCharsets.UTF_8)
                + "&client_secret=" + URLEncoder.encode(secret, StandardCharsets.UTF_8);
        HttpResponse<String> r;
        try {
            r = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IOException("Keycloak unreachable: " + e.getClass().getSimpleName(), e);
        }
        Matcher m = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"").matcher(r.body());
        if (r.statusCode() != 200 || !m.find()) {
            throw new IOException("token endpoint answered " + r.statusCode() + ": " + oneLine(r.body()));
        }
        return m.group(1);
    }

    // -------------------------------------------------------------------------------------------------- analysis

    static final class Phase {
        long ok, unavailable, refused, timeouts, serverErrors, other;

        long bad() {
            return serverErrors + other + timeouts;
        }

        @Override
        public String toString() {
            return "2xx " + ok + ", 503 " + unavailable + ", refused " + refused + ", timeouts " + timeouts
                    + ", 5xx " + serverErrors + ", other " + other;
        }
    }

    static Phase phase(long from, long to) {
        Phase p = new Phase();
        for (Sample s : samples) {
            if (s.atMs < from || s.atMs >= to || !(s.kind.equals("write") || s.kind.equals("read"))) {
                continue;
            }
            if (s.status >= 200 && s.status < 300) {
                p.ok++;
            } else if (s.status == 503) {
                p.unavailable++;
            } else if (s.status == REFUSED) {
                p.refused++;
            } else if (s.status == TIMEOUT) {
                p.timeouts++;
            } else {
                p.other++;
                if (s.status >= 500) {
                    p.serverErrors++;
                }
            }
        }
        return p;
    }

    static String readiness(long from, long to) {
        long up = 0, down = 0, none = 0;
        for (Sample s : samples) {
            if (s.kind.equals("ready") && s.atMs >= from && s.atMs < to) {
                if (s.status == 200) {
                    up++;
                } else if (s.status == 503) {
                    down++;
                } else {
                    none++;
                }
            }
        }
        if (down == 0 && none == 0) {
            return up == 0 ? "-" : "UP";
        }
        if (up == 0 && none == 0) {
            return "DOWN";
        }
        if (up == 0 && down == 0) {
            return "no answer";
        }
        return "UP " + up + " / DOWN " + down + " / no answer " + none;
    }

    static Long first(long from, String kind, boolean ok) {
        return samples.stream().filter(s -> s.atMs >= from && s.kind.equals(kind) && (s.status / 100 == 2) == ok)
                .map(Sample::atMs).min(Long::compare).orElse(null);
    }

    static Long firstReady(long from) {
        return samples.stream().filter(s -> s.atMs >= from && s.kind.equals("ready") && s.status == 200)
                .map(Sample::atMs).min(Long::compare).orElse(null);
    }

    static long last(String kind, int status) {
        return samples.stream().filter(s -> s.kind.equals(kind) && s.status == status).mapToLong(Sample::atMs).max().orElse(-1);
    }

    static long count(long from, long to, String kind, int status) {
        return samples.stream().filter(s -> s.atMs >= from && s.atMs < to && s.kind.equals(kind) && s.status == status).count();
    }

    // ----------------------------------------------------------------------------------------------------- utils

    static Thread start(String name, Runnable task) {
        Thread t = new Thread(task, name);
        t.start();
        return t;
    }

    static void record(String kind, int status, long sentNanos) {
        samples.add(new Sample(now(), kind, status, (System.nanoTime() - sentNanos) / 1_000_000));
    }

    static long now() {
        return System.currentTimeMillis() - t0;
    }

    static String shell(String command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("bash", "-c", command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IllegalStateException("command failed (" + p.exitValue() + "): " + command + "\n" + output);
        }
        return output;
    }

    static void sleepUntil(long atMs) {
        long wait = atMs - now();
        if (wait > 0) {
            sleep(wait);
        }
    }

    static void pace(long startedNanos, long periodMs) {
        long elapsed = (System.nanoTime() - startedNanos) / 1_000_000;
        if (elapsed < periodMs) {
            sleep(periodMs - elapsed);
        }
    }

    static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static String oneLine(String s) {
        String t = s == null ? "" : s.replaceAll("\\s+", " ").trim();
        return t.length() > 160 ? t.substring(0, 160) + "…" : t;
    }

    static String arg(String name, String fallback) {
        return args.getOrDefault(name, fallback);
    }
}
