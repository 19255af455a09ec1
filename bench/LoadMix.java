// Maillon load mix: a realistic mix of reads (80 %), writes (15 %) and reports (5 %) against the API (production jar,
// authentication on), from concurrent clients in a closed loop for a fixed time after a warm-up; prints throughput,
// p50/p95/p99/max and errors per operation, and writes them to a file. Run by bench/bench.sh; a single-file program
// with bench/BenchTokens.java compiled onto its class path:
//
//   javac -d .local/bench/classes bench/BenchTokens.java
//   java -cp ".local/bench/classes:backend/target/quarkus-app/app/*:backend/target/quarkus-app/lib/main/*" bench/LoadMix.java \
//        --api http://127.0.0.1:18090 --jdbc jdbc:postgresql://127.0.0.1:55499/maillon --key .local/bench/key.pem \
//        --issuer https://bench.maillon.local/realms/maillon --clients 50 --seconds 60 --warmup 30 --out bench/results/mix.md
//
// Who calls: --users (200) organizers of the data set, spread over the 22 establishments (every fifth one a manager),
// each with a token signed like the realm's (establishment, territories, roles). Client k sends the requests of users
// k, k + clients, k + 2 clients, ... in turn: traffic spreads over establishments and users as in real life.
// What they read: ids picked at start (JDBC, a sample per establishment), the users' own interventions and activities,
// the next page of a list they just read (its nextCursor); page sizes as the web client asks (lists 50, triage queue
// and "my interventions" 100, organization search 20). What they write never conflicts: activities are new
// records (unique Idempotency-Key); a request moves RECEIVED → UNDER_ANALYSIS → WITHDRAWN (or REFUSED) only by the
// user who received it (intake), each time with the ETag of the previous answer. Every answer other than the
// operation's success status is an error.
//
// The loader is kept light: one thread per client, one kept-alive socket each, a minimal HTTP/1.1 exchange (no
// client library), headers built once per user, latencies kept in arrays and sorted at the end, no per-request log.
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;

public class LoadMix {

    enum Kind {
        READ("Reads"), WRITE("Writes"), REPORT("Reports");

        final String label;

        Kind(String label) {
            this.label = label;
        }
    }

    /** One operation of the mix: its share (per mille), its class, what it is, and the status that means success. */
    enum Op {
        REQUESTS_TRIAGE(50, Kind.READ, "GET", "/api/v1/requests?status=RECEIVED,UNDER_ANALYSIS&sort=priority", "request triage queue", 200),
        REQUESTS_TERRITORY(50, Kind.READ, "GET", "/api/v1/requests?territory={t}", "requests of a territory, newest first", 200),
        REQUESTS_NEXT(30, Kind.READ, "GET", "/api/v1/requests?territory={t}&cursor={c}", "… their next page", 200),
        REQUEST(70, Kind.READ, "GET", "/api/v1/requests/{id}", "a request", 200),
        INTERVENTIONS_MINE(70, Kind.READ, "GET", "/api/v1/interventions?organizer={me}&from={today}", "my open interventions", 200),
        INTERVENTIONS_FILTER(40, Kind.READ, "GET", "/api/v1/interventions?territory={t}&serviceOffer={s}", "interventions of a territory and offer", 200),
        INTERVENTIONS_NEXT(20, Kind.READ, "GET", "/api/v1/interventions?territory={t}&serviceOffer={s}&cursor={c}", "… their next page", 200),
        INTERVENTION(80, Kind.READ, "GET", "/api/v1/interventions/{id}", "an intervention", 200),
        INTERVENTION_ACTIVITIES(60, Kind.READ, "GET", "/api/v1/interventions/{id}/activities", "an intervention's journal", 200),
        ACTIVITIES_MINE(60, Kind.READ, "GET", "/api/v1/activities?organizer={me}&from={d}&to={d}", "my activities of a month", 200),
        TIMESHEET(30, Kind.READ, "GET", "/api/v1/activities/timesheet?from={d}&to={d}", "my timesheet of a week", 200),
        ORGANIZATIONS_SEARCH(50, Kind.READ, "GET", "/api/v1/organizations?q={q}", "organizations by name", 200),
        ORGANIZATIONS_FILTER(30, Kind.READ, "GET", "/api/v1/organizations?type={type}&territory={t}", "organizations of a type and territory", 200),
        ORGANIZATION(50, Kind.READ, "GET", "/api/v1/organizations/{id}", "an organization", 200),
        CONCERTATIONS(30, Kind.READ, "GET", "/api/v1/concertations?territory={t}&status=ACTIVE", "concertations of a territory", 200),
        CONCERTATION(50, Kind.READ, "GET", "/api/v1/concertations/{id}", "a concertation (members, meetings, plan)", 200),
        ME(30, Kind.READ, "GET", "/api/v1/me", "who am I", 200),
        ACTIVITY_ON_INTERVENTION(90, Kind.WRITE, "POST", "/api/v1/interventions/{id}/activities", "record an activity on an intervention", 201),
        ACTIVITY_ON_CONCERTATION(20, Kind.WRITE, "POST", "/api/v1/activities", "record an activity on a concertation", 201),
        REQUEST_INTAKE(14, Kind.WRITE, "POST", "/api/v1/requests", "receive a request (intake)", 201),
        REQUEST_ANALYSIS(13, Kind.WRITE, "POST", "/api/v1/requests/{id}/transitions", "RECEIVED → UNDER_ANALYSIS (If-Match)", 200),
        REQUEST_CLOSE(13, Kind.WRITE, "POST", "/api/v1/requests/{id}/transitions", "→ WITHDRAWN (organizer), REFUSED (manager) (If-Match)", 200),
        REPORT_SUMMARY(20, Kind.REPORT, "GET", "/api/v1/reports/summary?period=FY2025-2026", "summary of a year", 200),
        REPORT_SUMMARY_TERRITORY(10, Kind.REPORT, "GET", "/api/v1/reports/summary?period=FY2025-2026&territory={t}", "… of a territory", 200),
        REPORT_BREAKDOWN(20, Kind.REPORT, "GET", "/api/v1/reports/breakdown?period=FY2025-2026&dimension={dim}", "breakdown of a year (territory, serviceOffer, axis, month)", 200);

        final int weight;
        final Kind kind;
        final String method;
        final String route;
        final String what;
        final int success;

        Op(int weight, Kind kind, String method, String route, String what, int success) {
            this.weight = weight;
            this.kind = kind;
            this.method = method;
            this.route = route;
            this.what = what;
            this.success = success;
        }
    }

    static final String[] DIMENSIONS = {"territory", "serviceOffer", "axis", "month"};
    static final String[] OFFERS = {"ORGANIZATION_SUPPORT", "CONCERTATION_SUPPORT", "NEW_RESOURCE_CREATION", "COMMUNITY_INITIATIVES",
        "GOVERNMENT_PROGRAMS"};
    static final String[] ORG_TYPES = {"COMMUNITY_ORGANIZATION", "NON_PROFIT", "MUNICIPALITY", "SCHOOL"};
    static final String[] ACTS = {"EVALUATE_ANALYSE", "FACILITATE", "INFORM_REFER", "ACCOMPANY", "CONSULT_ADVISE", "TRAIN", "ORGANIZE",
        "MOBILIZE", "LIAISE", "WRITE"};
    static final String[] CHANNELS = {"PHONE", "EMAIL", "IN_PERSON", "WEB_FORM", "REFERRAL"};
    static final String[] POPULATIONS = {"EARLY_CHILDHOOD", "YOUTH", "FAMILIES", "SENIORS", "LOW_INCOME", "GENERAL"};
    static final String[] DETERMINANTS = {"POVERTY", "EXCLUSION", "SOCIAL_ENVIRONMENT", "HOUSING", "FOOD_SECURITY", "ISOLATION"};
    /** The data set's last financial year: the months and weeks that the users' lists and timesheets look at. */
    static final LocalDate FY_START = LocalDate.of(2025, 4, 1);

    /** What the mix reads in one establishment: a sample of its records. */
    static final class Establishment {
        final String code;
        final List<String> territories = new ArrayList<>();
        final List<UUID> requests = new ArrayList<>();
        final List<UUID> interventions = new ArrayList<>();
        final List<UUID> organizations = new ArrayList<>();
        final List<String> organizationSearches = new ArrayList<>();
        final List<UUID> concertations = new ArrayList<>();

        Establishment(String code) {
            this.code = code;
        }
    }

    /** A person of the data set, with their token, their writable records and their own state (cursors, requests received). */
    static final class User {
        UUID id;
        String username;
        String name;
        String email;
        boolean manager;
        Establishment establishment;
        List<String> territories;
        List<UUID> writableInterventions = new ArrayList<>();
        List<UUID> writableConcertations = new ArrayList<>();
        List<UUID> requesters = new ArrayList<>();
        byte[] headers;
        String requestsCursor;
        String requestsCursorTerritory;
        String interventionsCursor;
        String interventionsCursorQuery;
        /** The request this user is moving along: intake, then analysis, then withdrawal or refusal; its id and ETag. */
        int requestStep;
        String requestId;
        String requestEtag;
    }

    /** Latencies (µs) and statuses of one operation, in one client (merged at the end). */
    static final class Samples {
        int[] micros = new int[1024];
        int count;
        final Map<String, Integer> errors = new TreeMap<>();

        void add(int us) {
            if (count == micros.length) {
                micros = Arrays.copyOf(micros, count * 2);
            }
            micros[count++] = us;
        }
    }

    static Map<String, String> args = new HashMap<>();
    static final Map<String, String> errorExamples = new ConcurrentHashMap<>();

    public static void main(String[] argv) throws Exception {
        for (int i = 0; i + 1 < argv.length; i += 2) {
            args.put(argv[i].replaceFirst("^--", ""), argv[i + 1]);
        }
        URI api = URI.create(args.getOrDefault("api", "http://127.0.0.1:18090"));
        String jdbc = args.getOrDefault("jdbc", "jdbc:postgresql://127.0.0.1:55499/maillon");
        String issuer = args.getOrDefault("issuer", "https://bench.maillon.local/realms/maillon");
        int clients = Integer.parseInt(args.getOrDefault("clients", "50"));
        int seconds = Integer.parseInt(args.getOrDefault("seconds", "60"));
        int warmup = Integer.parseInt(args.getOrDefault("warmup", "30"));
        int userCount = Integer.parseInt(args.getOrDefault("users", "200"));
        PrivateKey key = BenchTokens.readKey(Path.of(args.getOrDefault("key", ".local/bench/key.pem")));

        int total = Arrays.stream(Op.values()).mapToInt(o -> o.weight).sum();
        if (total != 1000) {
            throw new IllegalStateException("the shares of the mix add up to " + total + " ‰, not 1000");
        }
        // --ops A,B: only these operations, in their relative shares (to measure the cost of one kind of request).
        List<Op> ops = args.containsKey("ops") ? Arrays.stream(args.get("ops").split(",")).map(String::trim).map(Op::valueOf).toList()
                : List.of(Op.values());

        // ---- who and what: users of the data set and samples of records, read once over JDBC -------------------------
        long t0 = System.nanoTime();
        List<User> users;
        String data;
        try (Connection c = DriverManager.getConnection(jdbc, "maillon", "maillon")) {
            users = loadUsers(c, userCount);
            data = dataSize(c);
        }
        String hostHeader = "Host: " + api.getHost() + ":" + api.getPort() + "\r\n";
        for (User u : users) {
            Map<String, Object> claims = new LinkedHashMap<>();
            claims.put("sub", UUID.nameUUIDFromBytes(("maillon-bench:" + u.username).getBytes(StandardCharsets.UTF_8)).toString());
            claims.put("preferred_username", u.username);
            claims.put("name", u.name);
            claims.put("email", u.email);
            claims.put("azp", "maillon-web");
            claims.put("establishment", u.establishment.code);
            claims.put("territories", u.territories);
            claims.put("realm_access", Map.of("roles", List.of(u.manager ? "manager" : "organizer")));
            String token = BenchTokens.sign(key, issuer, claims);
            u.headers = (hostHeader + "Authorization: Bearer " + token + "\r\nAccept: application/json\r\nUser-Agent: maillon-loadmix\r\n")
                    .getBytes(StandardCharsets.US_ASCII);
        }
        long establishments = users.stream().map(u -> u.establishment.code).distinct().count();
        long managers = users.stream().filter(u -> u.manager).count();
        System.out.printf(Locale.ROOT, "loadmix: %d users (%d managers) of %d establishments, samples read in %.1f s%n", users.size(),
                managers, establishments, (System.nanoTime() - t0) / 1e9);

        // ---- the operations, drawn by weight --------------------------------------------------------------------------
        Op[] table = new Op[1000];
        int selected = ops.stream().mapToInt(o -> o.weight).sum();
        int k = 0;
        for (Op op : ops) {
            int slots = op == ops.get(ops.size() - 1) ? 1000 - k : Math.round(op.weight * 1000f / selected);
            for (int i = 0; i < slots; i++) {
                table[k++] = op;
            }
        }

        // ---- run: warm-up, then the measured window ------------------------------------------------------------------
        // A new seed each run: the Idempotency-Keys of a run must not replay the writes of the previous one.
        long seed = System.nanoTime() ^ System.currentTimeMillis() << 20;
        long warmupEnd = System.nanoTime() + warmup * 1_000_000_000L;
        long measureEnd = warmupEnd + seconds * 1_000_000_000L;
        Samples[][] samples = new Samples[clients][Op.values().length];
        long[] warmupErrors = new long[clients];
        long[] warmupCount = new long[clients];
        CountDownLatch done = new CountDownLatch(clients);
        Thread[] threads = new Thread[clients];
        for (int c = 0; c < clients; c++) {
            List<User> mine = new ArrayList<>();
            for (int u = c; u < users.size(); u += clients) {
                mine.add(users.get(u));
            }
            if (mine.isEmpty()) {
                mine.add(users.get(c % users.size()));
            }
            Samples[] own = samples[c];
            for (int o = 0; o < own.length; o++) {
                own[o] = new Samples();
            }
            int client = c;
            threads[c] = new Thread(() -> {
                try {
                    new Client(api, mine, table, own, new SplittableRandom(seed + client)).run(warmupEnd, measureEnd,
                            warmupCount, warmupErrors, client);
                } catch (Exception e) {
                    System.err.println("loadmix: client " + client + " stopped: " + e);
                } finally {
                    done.countDown();
                }
            }, "client-" + c);
        }
        System.out.printf(Locale.ROOT, "loadmix: %d clients, warm-up %d s, then %d s measured…%n", clients, warmup, seconds);
        for (Thread t : threads) {
            t.start();
        }
        // CPU and load at the start and the end of the measured window.
        sleepUntil(warmupEnd);
        Cpu before = Cpu.read(args.get("api-pid"), args.get("pg-pid"));
        String loadAtStart = loadAverage();
        sleepUntil(measureEnd);
        Cpu after = Cpu.read(args.get("api-pid"), args.get("pg-pid"));
        String loadAtEnd = loadAverage();
        done.await();

        // ---- report -------------------------------------------------------------------------------------------------
        String report = report(samples, seconds, clients, users, managers, establishments, data, before, after, loadAtStart, loadAtEnd,
                Arrays.stream(warmupCount).sum(), Arrays.stream(warmupErrors).sum(), warmup);
        System.out.print(report);
        String file = args.get("out");
        if (file != null) {
            Files.createDirectories(Path.of(file).toAbsolutePath().getParent());
            Files.writeString(Path.of(file), report);
            System.out.println("written to " + file);
        }
    }

    // ---- one client: a closed loop over its users ------------------------------------------------------------------------

    static final class Client {
        final Http http;
        final List<User> users;
        final Op[] table;
        final Samples[] samples;
        final SplittableRandom random;
        final ByteArrayOutputStream request = new ByteArrayOutputStream(4096);
        int next;

        Client(URI api, List<User> users, Op[] table, Samples[] samples, SplittableRandom random) {
            this.http = new Http(api.getHost(), api.getPort());
            this.users = users;
            this.table = table;
            this.samples = samples;
            this.random = random;
        }

        void run(long warmupEnd, long measureEnd, long[] warmupCount, long[] warmupErrors, int client) {
            while (true) {
                User u = users.get(next++ % users.size());
                Op op = table[random.nextInt(1000)];
                op = feasible(op, u);
                byte[] bytes = build(op, u);
                long start = System.nanoTime();
                if (start >= measureEnd) {
                    break;
                }
                int status;
                try {
                    status = http.exchange(bytes);
                } catch (IOException e) {
                    status = -1;
                    http.close();
                    errorExamples.putIfAbsent(op.name() + " io", String.valueOf(e));
                }
                long end = System.nanoTime();
                if (status == op.success) {
                    after(op, u);
                } else if (status > 0) {
                    errorExamples.putIfAbsent(op.name() + " " + status, new String(http.body, 0, Math.min(http.bodyLength, 600),
                            StandardCharsets.UTF_8));
                }
                if (start < warmupEnd) {
                    warmupCount[client]++;
                    if (status != op.success) {
                        warmupErrors[client]++;
                    }
                } else if (end <= measureEnd) {
                    Samples s = samples[op.ordinal()];
                    s.add((int) Math.min(Integer.MAX_VALUE, (end - start) / 1000));
                    if (status != op.success) {
                        s.errors.merge(status < 0 ? "I/O" : String.valueOf(status), 1, Integer::sum);
                    }
                }
            }
            http.close();
        }

        /** The operation the user can do: a next page needs a first page, analysis needs a request received. */
        Op feasible(Op op, User u) {
            return switch (op) {
                case REQUESTS_NEXT -> u.requestsCursor != null ? op : Op.REQUESTS_TERRITORY;
                case INTERVENTIONS_NEXT -> u.interventionsCursor != null ? op : Op.INTERVENTIONS_FILTER;
                // Each user moves their own requests along, one step per draw: received (intake), UNDER_ANALYSIS, then
                // WITHDRAWN or REFUSED, so that open requests do not pile up from run to run.
                case REQUEST_INTAKE, REQUEST_ANALYSIS, REQUEST_CLOSE -> u.requestStep == 0 ? Op.REQUEST_INTAKE
                        : u.requestStep == 1 ? Op.REQUEST_ANALYSIS : Op.REQUEST_CLOSE;
                case ACTIVITY_ON_CONCERTATION -> u.writableConcertations.isEmpty() ? Op.ACTIVITY_ON_INTERVENTION : op;
                default -> op;
            };
        }

        /** What a successful answer changes in the user's state. */
        void after(Op op, User u) {
            switch (op) {
                case REQUESTS_TERRITORY, REQUESTS_NEXT -> u.requestsCursor = http.jsonString("nextCursor");
                case INTERVENTIONS_FILTER, INTERVENTIONS_NEXT -> u.interventionsCursor = http.jsonString("nextCursor");
                case REQUEST_INTAKE -> {
                    u.requestId = http.location.substring(http.location.lastIndexOf('/') + 1);
                    u.requestEtag = http.etag;
                    u.requestStep = 1;
                }
                case REQUEST_ANALYSIS -> {
                    u.requestEtag = http.etag;
                    u.requestStep = 2;
                }
                case REQUEST_CLOSE -> u.requestStep = 0;
                default -> {
                }
            }
        }

        byte[] build(Op op, User u) {
            Establishment e = u.establishment;
            SplittableRandom r = random;
            String path;
            String body = null;
            String extra = null;
            switch (op) {
                case REQUESTS_TRIAGE -> path = "/api/v1/requests?status=RECEIVED,UNDER_ANALYSIS&sort=priority&limit=100";
                case REQUESTS_TERRITORY -> {
                    u.requestsCursorTerritory = pick(r, u.territories);
                    path = "/api/v1/requests?territory=" + u.requestsCursorTerritory + "&limit=50";
                }
                case REQUESTS_NEXT -> path = "/api/v1/requests?territory=" + u.requestsCursorTerritory + "&limit=50&cursor="
                        + enc(u.requestsCursor);
                case REQUEST -> path = "/api/v1/requests/" + pick(r, e.requests);
                case INTERVENTIONS_MINE -> path = "/api/v1/interventions?organizer=" + u.id + "&from=" + today() + "&limit=100";
                case INTERVENTIONS_FILTER -> {
                    u.interventionsCursorQuery = "territory=" + pick(r, e.territories) + "&serviceOffer=" + OFFERS[r.nextInt(OFFERS.length)];
                    path = "/api/v1/interventions?" + u.interventionsCursorQuery + "&limit=50";
                }
                case INTERVENTIONS_NEXT -> path = "/api/v1/interventions?" + u.interventionsCursorQuery + "&limit=50&cursor="
                        + enc(u.interventionsCursor);
                case INTERVENTION -> path = "/api/v1/interventions/" + pick(r, e.interventions);
                case INTERVENTION_ACTIVITIES -> path = "/api/v1/interventions/" + pick(r, e.interventions) + "/activities?limit=50";
                case ACTIVITIES_MINE -> {
                    LocalDate month = FY_START.plusMonths(r.nextInt(12));
                    path = "/api/v1/activities?organizer=" + u.id + "&from=" + month + "&to=" + month.plusMonths(1).minusDays(1);
                }
                case TIMESHEET -> {
                    LocalDate monday = FY_START.plusDays(6 + 7L * r.nextInt(51));
                    path = "/api/v1/activities/timesheet?from=" + monday + "&to=" + monday.plusDays(6);
                }
                case ORGANIZATIONS_SEARCH -> path = "/api/v1/organizations?q=" + enc(pick(r, e.organizationSearches)) + "&limit=20";
                case ORGANIZATIONS_FILTER -> path = "/api/v1/organizations?type=" + ORG_TYPES[r.nextInt(ORG_TYPES.length)] + "&territory="
                        + pick(r, u.territories) + "&limit=50";
                case ORGANIZATION -> path = "/api/v1/organizations/" + pick(r, e.organizations);
                case CONCERTATIONS -> path = "/api/v1/concertations?territory=" + pick(r, e.territories) + "&status=ACTIVE&limit=50";
                case CONCERTATION -> path = "/api/v1/concertations/" + pick(r, e.concertations);
                case ME -> path = "/api/v1/me";
                case ACTIVITY_ON_INTERVENTION -> {
                    path = "/api/v1/interventions/" + pick(r, u.writableInterventions) + "/activities";
                    body = activity(r, null);
                    extra = "Idempotency-Key: " + uuid(r) + "\r\n";
                }
                case ACTIVITY_ON_CONCERTATION -> {
                    path = "/api/v1/activities";
                    body = activity(r, pick(r, u.writableConcertations));
                    extra = "Idempotency-Key: " + uuid(r) + "\r\n";
                }
                case REQUEST_INTAKE -> {
                    path = "/api/v1/requests";
                    body = "{\"organizationId\":\"" + pick(r, u.requesters) + "\",\"receivedOn\":\"" + today() + "\",\"channel\":\""
                            + CHANNELS[r.nextInt(CHANNELS.length)] + "\",\"territory\":\"" + u.territories.get(0) + "\",\"serviceOffer\":\""
                            + OFFERS[r.nextInt(OFFERS.length)] + "\",\"need\":\"Soutien demandé pour mobiliser les partenaires du "
                            + "quartier autour d'un projet de sécurité alimentaire (charge de test).\",\"populations\":[\""
                            + POPULATIONS[r.nextInt(POPULATIONS.length)] + "\"],\"determinants\":[\""
                            + DETERMINANTS[r.nextInt(DETERMINANTS.length)] + "\"]}";
                    extra = "Idempotency-Key: " + uuid(r) + "\r\n";
                }
                case REQUEST_ANALYSIS -> {
                    path = "/api/v1/requests/" + u.requestId + "/transitions";
                    body = "{\"to\":\"UNDER_ANALYSIS\",\"note\":\"Analyse confiée à l'équipe locale.\"}";
                    extra = "If-Match: " + u.requestEtag + "\r\n";
                }
                case REQUEST_CLOSE -> {
                    path = "/api/v1/requests/" + u.requestId + "/transitions";
                    body = u.manager ? "{\"to\":\"REFUSED\",\"reasonCode\":\"NO_CAPACITY\",\"note\":\"Pas de capacité cette année.\"}"
                            : "{\"to\":\"WITHDRAWN\",\"note\":\"Le demandeur a trouvé du soutien ailleurs.\"}";
                    extra = "If-Match: " + u.requestEtag + "\r\n";
                }
                case REPORT_SUMMARY -> path = "/api/v1/reports/summary?period=FY2025-2026";
                case REPORT_SUMMARY_TERRITORY -> path = "/api/v1/reports/summary?period=FY2025-2026&territory=" + pick(r, e.territories);
                case REPORT_BREAKDOWN -> path = "/api/v1/reports/breakdown?period=FY2025-2026&dimension=" + DIMENSIONS[r.nextInt(DIMENSIONS.length)];
                default -> throw new IllegalStateException(op.name());
            }
            request.reset();
            ascii(op.method + " " + path + " HTTP/1.1\r\n");
            request.writeBytes(u.headers);
            if (extra != null) {
                ascii(extra);
            }
            if (body != null) {
                byte[] b = body.getBytes(StandardCharsets.UTF_8);
                ascii("Content-Type: application/json\r\nContent-Length: " + b.length + "\r\n\r\n");
                request.writeBytes(b);
            } else {
                ascii("\r\n");
            }
            return request.toByteArray();
        }

        void ascii(String s) {
            request.writeBytes(s.getBytes(StandardCharsets.US_ASCII));
        }

        static String activity(SplittableRandom r, UUID concertation) {
            String a1 = ACTS[r.nextInt(ACTS.length)];
            String a2 = ACTS[r.nextInt(ACTS.length)];
            return "{\"occurredOn\":\"" + today().minusDays(r.nextInt(7)) + "\",\"durationMinutes\":" + (15 * (1 + r.nextInt(16)))
                    + ",\"acts\":[\"" + a1 + "\"" + (a1.equals(a2) ? "" : ",\"" + a2 + "\"") + "],\"notes\":\"Rencontre de travail avec les "
                    + "partenaires; suivi des actions.\",\"participants\":" + (3 + r.nextInt(20))
                    + (concertation == null ? "" : ",\"concertationId\":\"" + concertation + "\"") + "}";
        }
    }

    static LocalDate today() {
        return LocalDate.now(ZoneId.of("America/Montreal"));
    }

    static <T> T pick(SplittableRandom r, List<T> list) {
        return list.get(r.nextInt(list.size()));
    }

    static String uuid(SplittableRandom r) {
        return new UUID(r.nextLong() & 0xffffffffffff0fffL | 0x4000L, r.nextLong() & 0x3fffffffffffffffL | 0x8000000000000000L).toString();
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    // ---- a minimal HTTP/1.1 client on one kept-alive socket ---------------------------------------------------------------

    static final class Http {
        final String host;
        final int port;
        Socket socket;
        InputStream in;
        OutputStream out;
        byte[] body = new byte[64 * 1024];
        int bodyLength;
        String etag;
        String location;
        final StringBuilder line = new StringBuilder(256);

        Http(String host, int port) {
            this.host = host;
            this.port = port;
        }

        /** Sends one request and reads the whole answer; returns its status. */
        int exchange(byte[] request) throws IOException {
            if (socket == null) {
                socket = new Socket();
                socket.setTcpNoDelay(true);
                socket.connect(new InetSocketAddress(host, port), 10_000);
                socket.setSoTimeout(120_000);
                in = new BufferedInputStream(socket.getInputStream(), 64 * 1024);
                out = socket.getOutputStream();
            }
            out.write(request);
            out.flush();
            String status = readLine();
            if (status == null) {
                throw new IOException("connection closed by the server");
            }
            int code = Integer.parseInt(status.substring(9, 12));
            long length = -1;
            boolean chunked = false;
            boolean close = false;
            etag = null;
            location = null;
            for (String h = readLine(); h != null && !h.isEmpty(); h = readLine()) {
                int colon = h.indexOf(':');
                String name = h.substring(0, colon).trim().toLowerCase(Locale.ROOT);
                String value = h.substring(colon + 1).trim();
                switch (name) {
                    case "content-length" -> length = Long.parseLong(value);
                    case "transfer-encoding" -> chunked = value.toLowerCase(Locale.ROOT).contains("chunked");
                    case "connection" -> close = value.equalsIgnoreCase("close");
                    case "etag" -> etag = value;
                    case "location" -> location = value;
                    default -> {
                    }
                }
            }
            bodyLength = 0;
            if (chunked) {
                while (true) {
                    String size = readLine();
                    int semi = size.indexOf(';');
                    int n = Integer.parseInt((semi < 0 ? size : size.substring(0, semi)).trim(), 16);
                    if (n == 0) {
                        while (true) {
                            String trailer = readLine();
                            if (trailer == null || trailer.isEmpty()) {
                                break;
                            }
                        }
                        break;
                    }
                    readBody(n);
                    readLine();
                }
            } else if (length > 0) {
                readBody((int) length);
            } else if (length < 0 && code != 204 && code != 304) {
                close = true;
                byte[] chunk = new byte[8192];
                for (int n = in.read(chunk); n > 0; n = in.read(chunk)) {
                    append(chunk, n);
                }
            }
            if (close) {
                close();
            }
            return code;
        }

        void readBody(int n) throws IOException {
            ensure(bodyLength + n);
            int read = 0;
            while (read < n) {
                int r = in.read(body, bodyLength + read, n - read);
                if (r < 0) {
                    throw new IOException("answer cut short");
                }
                read += r;
            }
            bodyLength += n;
        }

        void append(byte[] chunk, int n) {
            ensure(bodyLength + n);
            System.arraycopy(chunk, 0, body, bodyLength, n);
            bodyLength += n;
        }

        void ensure(int size) {
            if (size > body.length) {
                body = Arrays.copyOf(body, Math.max(size, body.length * 2));
            }
        }

        String readLine() throws IOException {
            line.setLength(0);
            int c;
            while ((c = in.read()) >= 0) {
                if (c == '\n') {
                    int len = line.length();
                    if (len > 0 && line.charAt(len - 1) == '\r') {
                        line.setLength(len - 1);
                    }
                    return line.toString();
                }
                line.append((char) c);
            }
            return line.length() == 0 ? null : line.toString();
        }

        /** The string value of a top-level field of the JSON answer ("nextCursor"), or null. */
        String jsonString(String field) {
            byte[] pattern = ("\"" + field + "\":").getBytes(StandardCharsets.US_ASCII);
            outer:
            for (int i = 0; i + pattern.length < bodyLength; i++) {
                for (int j = 0; j < pattern.length; j++) {
                    if (body[i + j] != pattern[j]) {
                        continue outer;
                    }
                }
                int start = i + pattern.length;
                if (body[start] != '"') {
                    return null;
                }
                int end = start + 1;
                while (end < bodyLength && body[end] != '"') {
                    end++;
                }
                return new String(body, start + 1, end - start - 1, StandardCharsets.US_ASCII);
            }
            return null;
        }

        void close() {
            if (socket != null) {
                try {
                    socket.close();
                } catch (IOException ignored) {
                    // closing anyway
                }
                socket = null;
            }
        }
    }

    // ---- the users and the samples of the data set ------------------------------------------------------------------------

    static List<User> loadUsers(Connection c, int count) throws Exception {
        Map<String, Establishment> establishments = new LinkedHashMap<>();
        List<User> users = new ArrayList<>();
        // Active organizers of the data set with their territories, taken in turn from each establishment.
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT o.id, o.establishment_code, o.username, o.name, o.email,
                       array_agg(t.territory_code ORDER BY t.territory_code) AS territories
                FROM organizer o JOIN organizer_territory t ON t.organizer_id = o.id
                WHERE o.active AND o.username LIKE 'oc%'
                GROUP BY o.id
                ORDER BY row_number() OVER (PARTITION BY o.establishment_code ORDER BY o.username), o.establishment_code
                LIMIT ?""")) {
            ps.setInt(1, count);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    User u = new User();
                    u.id = (UUID) rs.getObject(1);
                    u.establishment = establishments.computeIfAbsent(rs.getString(2), Establishment::new);
                    u.username = rs.getString(3);
                    u.name = rs.getString(4);
                    u.email = rs.getString(5);
                    u.territories = List.of((String[]) rs.getArray(6).getArray());
                    u.manager = users.size() % 5 == 4;
                    users.add(u);
                }
            }
        }
        if (users.isEmpty()) {
            throw new IllegalStateException("no organizer of the bench data set (username oc…): load it with bench/generate.sql");
        }
        for (Establishment e : establishments.values()) {
            e.territories.addAll(strings(c, "SELECT code FROM territory WHERE establishment_code = ? AND active ORDER BY sort_order, code", e.code));
            e.requests.addAll(uuids(c, "SELECT id FROM service_request WHERE establishment_code = ? ORDER BY md5(id::text) LIMIT 400", e.code));
            e.interventions.addAll(uuids(c, "SELECT id FROM intervention WHERE establishment_code = ? ORDER BY md5(id::text) LIMIT 400", e.code));
            e.organizations.addAll(uuids(c, "SELECT id FROM organization WHERE establishment_code = ? ORDER BY md5(id::text) LIMIT 400", e.code));
            // What people type to find an organization: the start of its name, without accents or capitals.
            for (String name : strings(c, "SELECT lower(name) FROM organization WHERE establishment_code = ? ORDER BY md5(id::text) LIMIT 100", e.code)) {
                e.organizationSearches.add(name.length() > 12 ? name.substring(0, 12) : name);
            }
            e.concertations.addAll(uuids(c, "SELECT id FROM concertation WHERE establishment_code = ? ORDER BY md5(id::text) LIMIT 100", e.code));
        }
        for (User u : users) {
            String[] territories = u.territories.toArray(String[]::new);
            // Open interventions the user may write to: theirs (lead), or of their territories.
            u.writableInterventions.addAll(uuids(c, """
                    SELECT id FROM intervention WHERE establishment_code = ? AND status = 'ACTIVE'
                      AND (lead_organizer_id = ?::uuid OR territory_code = ANY (?)) ORDER BY opened_on DESC LIMIT 40""",
                    u.establishment.code, u.id.toString(), territories));
            u.writableConcertations.addAll(uuids(c, """
                    SELECT c.id FROM concertation c WHERE c.establishment_code = ? AND c.status = 'ACTIVE'
                      AND (c.territory_code = ANY (?) OR EXISTS (SELECT 1 FROM concertation_organizer o
                                                              WHERE o.concertation_id = c.id AND o.organizer_id = ?::uuid))
                    ORDER BY c.id LIMIT 20""", u.establishment.code, territories, u.id.toString()));
            u.requesters.addAll(uuids(c, """
                    SELECT id FROM organization WHERE establishment_code = ? AND NOT archived AND territory_code = ANY (?)
                    ORDER BY md5(id::text) LIMIT 40""", u.establishment.code, territories));
            if (u.writableInterventions.isEmpty() || u.requesters.isEmpty()) {
                throw new IllegalStateException("user " + u.username + " has no open intervention or organization to write to");
            }
        }
        return users;
    }

    static List<UUID> uuids(Connection c, String sql, Object... params) throws Exception {
        List<UUID> out = new ArrayList<>();
        for (Object o : query(c, sql, params)) {
            out.add((UUID) o);
        }
        return out;
    }

    static List<String> strings(Connection c, String sql, Object... params) throws Exception {
        List<String> out = new ArrayList<>();
        for (Object o : query(c, sql, params)) {
            out.add((String) o);
        }
        return out;
    }

    static List<Object> query(Connection c, String sql, Object... params) throws Exception {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                if (params[i] instanceof String[] array) {
                    Array a = c.createArrayOf("text", array);
                    ps.setArray(i + 1, a);
                } else {
                    ps.setObject(i + 1, params[i]);
                }
            }
            List<Object> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getObject(1));
                }
            }
            return out;
        }
    }

    static String dataSize(Connection c) throws Exception {
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT (SELECT count(*) FROM establishment), (SELECT count(*) FROM organizer), (SELECT count(*) FROM organization),
                       (SELECT count(*) FROM service_request), (SELECT count(*) FROM intervention), (SELECT count(*) FROM concertation),
                       (SELECT count(*) FROM activity), pg_size_pretty(pg_database_size(current_database()))""");
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            return String.format(Locale.ROOT, "Data: %,d establishments, %,d organizers, %,d organizations, %,d requests, %,d interventions, "
                    + "%,d concertations, %,d activities; database %s.", rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
                    rs.getLong(5), rs.getLong(6), rs.getLong(7), rs.getString(8));
        }
    }

    // ---- CPU accounting: the API, PostgreSQL, the loader and the whole machine ----------------------------------------------

    record Cpu(long nanos, double machineBusy, double machineAll, double api, double apiJit, double apiGc, double postgres, double loader) {

        static final double HZ = 100.0;

        static Cpu read(String apiPid, String pgPid) {
            double busy = 0;
            double all = 0;
            try {
                String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
                for (int i = 1; i < f.length && i <= 8; i++) {
                    all += Long.parseLong(f[i]);
                }
                busy = all - Long.parseLong(f[4]) - Long.parseLong(f[5]);
            } catch (Exception e) {
                // not Linux: no machine figures
            }
            double loader = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime() / 1e9;
            double[] threads = apiPid == null ? new double[2] : jitAndGc(apiPid);
            return new Cpu(System.nanoTime(), busy / HZ, all / HZ, apiPid == null ? 0 : processSeconds(apiPid, false), threads[0],
                    threads[1], pgPid == null ? 0 : processSeconds(pgPid, true), loader);
        }

        /**
         * CPU seconds of the JVM's JIT compiler threads and of its garbage collector threads (live threads only: a
         * compiler thread that ended in between is counted in the process, not here).
         */
        static double[] jitAndGc(String pid) {
            double jit = 0;
            double gc = 0;
            try (var tasks = Files.list(Path.of("/proc", pid, "task"))) {
                for (Path t : (Iterable<Path>) tasks::iterator) {
                    try {
                        String s = Files.readString(t.resolve("stat"));
                        String name = s.substring(s.indexOf('(') + 1, s.lastIndexOf(')'));
                        String[] f = s.substring(s.lastIndexOf(')') + 2).split(" ");
                        double seconds = (Long.parseLong(f[11]) + Long.parseLong(f[12])) / HZ;
                        if (name.contains("CompilerThre")) {
                            jit += seconds;
                        } else if (name.startsWith("GC Thread") || name.startsWith("G1 ")) {
                            gc += seconds;
                        }
                    } catch (Exception e) {
                        // the thread ended meanwhile
                    }
                }
            } catch (IOException e) {
                // not Linux
            }
            return new double[] {jit, gc};
        }

        /** utime + stime of a process (and, for PostgreSQL, of its children: the backends), in seconds. */
        static double processSeconds(String pid, boolean children) {
            double total = ticks(pid);
            if (children) {
                try (var dirs = Files.list(Path.of("/proc"))) {
                    for (Path p : (Iterable<Path>) dirs::iterator) {
                        String name = p.getFileName().toString();
                        if (name.chars().allMatch(Character::isDigit)) {
                            String[] f = stat(name);
                            if (f != null && f[1].equals(pid)) {
                                total += Long.parseLong(f[11]) + Long.parseLong(f[12]);
                            }
                        }
                    }
                } catch (IOException e) {
                    return 0;
                }
            }
            return total / HZ;
        }

        static double ticks(String pid) {
            String[] f = stat(pid);
            return f == null ? 0 : Long.parseLong(f[11]) + Long.parseLong(f[12]);
        }

        /** The fields of /proc/pid/stat after the command name: [0] state, [1] ppid, ..., [11] utime, [12] stime. */
        static String[] stat(String pid) {
            try {
                String s = Files.readString(Path.of("/proc", pid, "stat"));
                return s.substring(s.lastIndexOf(')') + 2).split(" ");
            } catch (Exception e) {
                return null;
            }
        }
    }

    // ---- the table ------------------------------------------------------------------------------------------------------

    static String report(Samples[][] samples, int seconds, int clients, List<User> users, long managers, long establishments, String data,
            Cpu before, Cpu after, String loadAtStart, String loadAtEnd, long warmupCount, long warmupErrors, int warmup) {
        StringBuilder out = new StringBuilder();
        out.append("### Maillon load mix — ").append(LocalDateTime.now().withNano(0)).append(", ").append(clients)
                .append(" clients, ").append(seconds).append(" s measured after ").append(warmup).append(" s of warm-up, ")
                .append(Runtime.getRuntime().availableProcessors()).append(" cores\n\n");
        out.append(data).append("\n\n");
        out.append(String.format(Locale.ROOT, "Callers: %d organizers of %d establishments (%d of them with the manager role), each with "
                + "their own token; client k sends the requests of users k, k + %d, … in turn, in a closed loop (no think time). "
                + "Authentication on; the rate limit raised for the bench (bench.sh).%n%n", users.size(), establishments, managers, clients));
        out.append("| Operation | Route | Share | Requests | req/s | p50 | p95 | p99 | max | Errors |\n");
        out.append("|---|---|---:|---:|---:|---:|---:|---:|---:|---|\n");
        Map<Kind, List<int[]>> byKind = new LinkedHashMap<>();
        Map<Kind, Map<String, Integer>> kindErrors = new LinkedHashMap<>();
        long all = 0;
        long allErrors = 0;
        List<int[]> everything = new ArrayList<>();
        Map<Op, int[]> merged = new LinkedHashMap<>();
        Map<Op, Map<String, Integer>> errors = new LinkedHashMap<>();
        for (Op op : Op.values()) {
            int n = 0;
            Map<String, Integer> e = new TreeMap<>();
            for (Samples[] client : samples) {
                n += client[op.ordinal()].count;
                client[op.ordinal()].errors.forEach((k, v) -> e.merge(k, v, Integer::sum));
            }
            int[] m = new int[n];
            int at = 0;
            for (Samples[] client : samples) {
                Samples s = client[op.ordinal()];
                System.arraycopy(s.micros, 0, m, at, s.count);
                at += s.count;
            }
            Arrays.sort(m);
            merged.put(op, m);
            errors.put(op, e);
            all += n;
        }
        for (Op op : Op.values()) {
            int[] m = merged.get(op);
            Map<String, Integer> e = errors.get(op);
            int errorCount = e.values().stream().mapToInt(Integer::intValue).sum();
            allErrors += errorCount;
            byKind.computeIfAbsent(op.kind, x -> new ArrayList<>()).add(m);
            e.forEach((k, v) -> kindErrors.computeIfAbsent(op.kind, x -> new TreeMap<>()).merge(k, v, Integer::sum));
            everything.add(m);
            if (m.length == 0 && e.isEmpty()) {
                continue;
            }
            out.append(row(op.what, "`" + op.method + " " + op.route + "`", m, all, seconds, e));
        }
        Map<Kind, double[]> p99 = new LinkedHashMap<>();
        for (Kind kind : Kind.values()) {
            int[] m = concat(byKind.getOrDefault(kind, List.of()));
            p99.put(kind, new double[] {pct(m, 99), m.length});
            out.append(row("**" + kind.label + "**", "", m, all, seconds, kindErrors.getOrDefault(kind, Map.of())));
        }
        Map<String, Integer> allErrorMap = new TreeMap<>();
        kindErrors.values().forEach(m -> m.forEach((k, v) -> allErrorMap.merge(k, v, Integer::sum)));
        int[] total = concat(everything);
        out.append(row("**All**", "", total, all, seconds, allErrorMap));
        double rate = all / (double) seconds;
        boolean rateMet = rate >= 1000;
        boolean errorsMet = allErrors == 0;
        boolean readsMet = p99.get(Kind.READ)[0] <= 100_000;
        boolean writesMet = p99.get(Kind.WRITE)[0] <= 100_000;
        out.append(String.format(Locale.ROOT, "%nTargets: ≥ 1,000 requests/s: %s (%,.0f); zero errors: %s (%,d); reads p99 ≤ 100 ms: %s (%s); "
                + "writes p99 ≤ 100 ms: %s (%s).%n", yes(rateMet), rate, yes(errorsMet), allErrors, yes(readsMet),
                ms(p99.get(Kind.READ)[0]), yes(writesMet), ms(p99.get(Kind.WRITE)[0])));
        double wall = (after.nanos() - before.nanos()) / 1e9;
        double machine = after.machineBusy() - before.machineBusy();
        double api = after.api() - before.api();
        double pg = after.postgres() - before.postgres();
        double loader = after.loader() - before.loader();
        double jit = Math.max(0, after.apiJit() - before.apiJit());
        double gc = Math.max(0, after.apiGc() - before.apiGc());
        out.append(String.format(Locale.ROOT, "%nCPU over the measured window, in cores busy (of %d): API %.2f (of which JIT compiler %.2f, GC %.2f), "
                + "PostgreSQL %.2f, this loader %.2f, everything else %.2f (other work on the machine); machine %.0f %% busy. "
                + "Per request: API %.2f ms (%.2f ms without the JIT compiler), PostgreSQL %.2f ms, loader %.2f ms of CPU.%n",
                Runtime.getRuntime().availableProcessors(), api / wall, jit / wall, gc / wall, pg / wall, loader / wall,
                Math.max(0, machine - api - pg - loader) / wall, 100 * machine / (after.machineAll() - before.machineAll()),
                1000 * api / Math.max(1, all), 1000 * (api - jit) / Math.max(1, all), 1000 * pg / Math.max(1, all),
                1000 * loader / Math.max(1, all)));
        out.append("Machine load (1, 5, 15 min averages) at the start of the window: ").append(loadAtStart).append("; at its end: ")
                .append(loadAtEnd).append(".\n");
        out.append(String.format(Locale.ROOT, "Warm-up: %,d requests, %,d errors.%n", warmupCount, warmupErrors));
        if (!errorExamples.isEmpty()) {
            out.append("\nFirst answer of each kind of error (warm-up included):\n\n");
            errorExamples.forEach((k, v) -> out.append("- ").append(k).append(": ").append(v.replace('\n', ' ')).append('\n'));
        }
        return out.toString();
    }

    static String row(String what, String route, int[] sorted, long all, int seconds, Map<String, Integer> errors) {
        String e = errors.isEmpty() ? "0" : String.join(", ", errors.entrySet().stream().map(x -> x.getValue() + " × " + x.getKey()).toList());
        return String.format(Locale.ROOT, "| %s | %s | %.1f %% | %,d | %s | %s | %s | %s | %s | %s |%n", what, route,
                100.0 * sorted.length / Math.max(1, all), sorted.length, rate(sorted.length / (double) seconds), ms(pct(sorted, 50)),
                ms(pct(sorted, 95)), ms(pct(sorted, 99)), ms(sorted.length == 0 ? 0 : sorted[sorted.length - 1]), e);
    }

    static int[] concat(List<int[]> arrays) {
        int n = arrays.stream().mapToInt(a -> a.length).sum();
        int[] out = new int[n];
        int at = 0;
        for (int[] a : arrays) {
            System.arraycopy(a, 0, out, at, a.length);
            at += a.length;
        }
        Arrays.sort(out);
        return out;
    }

    static double pct(int[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }

    static String ms(double micros) {
        double v = micros / 1000.0;
        return (v < 10 ? String.format(Locale.ROOT, "%.1f", v) : String.format(Locale.ROOT, "%.0f", v)) + " ms";
    }

    static String rate(double v) {
        return v < 10 ? String.format(Locale.ROOT, "%.1f", v) : String.format(Locale.ROOT, "%,.0f", v);
    }

    static String yes(boolean met) {
        return met ? "met" : "**missed**";
    }

    static void sleepUntil(long nanos) throws InterruptedException {
        long left;
        while ((left = nanos - System.nanoTime()) > 0) {
            Thread.sleep(Math.max(1, Math.min(1000, left / 1_000_000)));
        }
    }

    static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (IOException e) {
            return "unknown";
        }
    }
}
