// Maillon report benchmark: latency and throughput of the report endpoints (HTTP, auth on) next to the same SQL run
// directly on PostgreSQL over JDBC (the floor). Run by bench/bench.sh; a single-file Java program (with
// bench/BenchTokens.java compiled onto its class path: javac -d .local/bench/classes bench/BenchTokens.java):
//
//   java -cp ".local/bench/classes:backend/target/quarkus-app/app/*:backend/target/quarkus-app/lib/main/*" bench/Bench.java \
//        --api http://127.0.0.1:18080 --jdbc jdbc:postgresql://127.0.0.1:55499/maillon --key .local/bench/key.pem \
//        --issuer https://bench.maillon.local/realms/maillon --out bench/results/bench.md
//
// The floor calls the API's own SQL (quebec.maillon.report.ReportQueries, from the application jar): the same
// statements with the same parameters, minus HTTP, token checks, JSON and CSV.
import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import quebec.maillon.report.Dimension;
import quebec.maillon.report.ReportQueries;
import quebec.maillon.report.ReportScope;

public class Bench {

    interface Floor {
        long run(Connection c) throws Exception;
    }

    record Scenario(String name, String path, String token, String accept, int warmup, int runs, int loadRequests,
            Floor floor, String target, double targetMs, boolean perRowTarget) {
    }

    record Stats(double p50, double p95, double p99, double max, double perSecond, long rows) {
    }

    static Map<String, String> args = new HashMap<>();

    public static void main(String[] argv) throws Exception {
        for (int i = 0; i + 1 < argv.length; i += 2) {
            args.put(argv[i].replaceFirst("^--", ""), argv[i + 1]);
        }
        String api = args.getOrDefault("api", "http://127.0.0.1:18080");
        String jdbc = args.getOrDefault("jdbc", "jdbc:postgresql://127.0.0.1:55499/maillon");
        String issuer = args.getOrDefault("issuer", "https://bench.maillon.local/realms/maillon");
        String establishment = args.getOrDefault("establishment", "CISSS-LAN");
        String territory = args.getOrDefault("territory", "LAN-JOLIETTE");
        String fy = args.getOrDefault("period", "FY2025-2026");
        int clients = Integer.parseInt(args.getOrDefault("clients", "4"));
        double factor = Double.parseDouble(args.getOrDefault("runs-factor", "1"));
        PrivateKey key = BenchTokens.readKey(Path.of(args.getOrDefault("key", ".local/bench/key.pem")));

        String reporting = BenchTokens.sign(key, issuer, Map.of("sub", UUID.randomUUID().toString(), "preferred_username",
                "service-account-maillon-reporting-bench", "azp", "maillon-reporting-bench", "establishment", establishment,
                "realm_access", Map.of("roles", List.of("reporting"))));
        String manager = BenchTokens.sign(key, issuer, Map.of("sub", UUID.randomUUID().toString(), "preferred_username", "gestion.bench",
                "name", "Gestion Bench", "azp", "maillon-web", "establishment", establishment,
                "realm_access", Map.of("roles", List.of("manager"))));

        int fyStart = Integer.parseInt(fy.substring(2, 6));
        ReportScope year = new ReportScope(establishment, null, LocalDate.of(fyStart, 4, 1), LocalDate.of(fyStart + 1, 3, 31));
        ReportScope yearTerritory = new ReportScope(establishment, territory, year.from(), year.to());
        LocalDate allFrom = LocalDate.parse(args.getOrDefault("export-from", "2016-04-01"));
        LocalDate allTo = LocalDate.parse(args.getOrDefault("export-to", "2026-03-31"));
        ReportScope all = new ReportScope(establishment, null, allFrom, allTo);

        List<Scenario> scenarios = new ArrayList<>();
        int n = (int) Math.max(10, 200 * factor);
        int load = (int) Math.max(20, 400 * factor);
        scenarios.add(new Scenario("summary " + fy, "/api/v1/reports/summary?period=" + fy, reporting, "application/json",
                50, n, load, c -> summaryFloor(c, year), "p95 ≤ 100 ms", 100, false));
        scenarios.add(new Scenario("summary " + fy + " territory", "/api/v1/reports/summary?period=" + fy + "&territory=" + territory,
                reporting, "application/json", 50, n, load, c -> summaryFloor(c, yearTerritory), "p95 ≤ 100 ms", 100, false));
        for (Dimension d : Dimension.values()) {
            scenarios.add(new Scenario("breakdown " + d.name(), "/api/v1/reports/breakdown?dimension=" + d.name() + "&period=" + fy,
                    reporting, "application/json", 50, n, load, c -> breakdownFloor(c, year, d), "p95 ≤ 200 ms", 200, false));
        }
        scenarios.add(new Scenario("breakdown determinant CSV", "/api/v1/reports/breakdown?dimension=determinant&period=" + fy,
                reporting, "text/csv", 50, n, load, c -> breakdownFloor(c, year, Dimension.determinant), "p95 ≤ 200 ms", 200, false));
        scenarios.add(new Scenario("activities CSV " + fy, "/api/v1/reports/activities?period=" + fy, manager, "text/csv",
                5, (int) Math.max(5, 40 * factor), (int) Math.max(8, 40 * factor), c -> exportFloor(c, year), "100k rows ≤ 2 s", 2000, true));
        scenarios.add(new Scenario("activities CSV " + allFrom + "/" + allTo, "/api/v1/reports/activities?from=" + allFrom + "&to=" + allTo,
                manager, "text/csv", 2, (int) Math.max(3, 10 * factor), (int) Math.max(4, 8 * factor), c -> exportFloor(c, all),
                "100k rows ≤ 2 s", 2000, true));

        StringBuilder out = new StringBuilder();
        String title = "Maillon report benchmark — " + LocalDateTime.now().withNano(0) + ", establishment " + establishment
                + ", " + Runtime.getRuntime().availableProcessors() + " cores";
        out.append("### ").append(title).append("\n\n");
        out.append(dataSize(jdbc)).append("\n");
        String loadAtStart = loadAverage();
        out.append("Latency: sequential requests (one client) after a warm-up of every scenario; throughput: ").append(clients)
                .append(" concurrent clients. SQL floor: the same statements over JDBC (no HTTP, auth, JSON/CSV).\n\n");
        out.append("Rows: activities in scope (for exports: CSV lines sent).\n\n");
        out.append("| Scenario | Rows | API p50 | API p95 | API p99 | API req/s | SQL p50 | SQL p95 | SQL p99 | SQL q/s | p50 API/SQL | Target | Met |\n");
        out.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---|\n");
        System.out.print(out);

        // Warm the freshly started API (JIT) and the database on every scenario before measuring any.
        int rounds = Integer.parseInt(args.getOrDefault("warmup-rounds", "3"));
        try (Connection c = DriverManager.getConnection(jdbc, "maillon", "maillon")) {
            for (int round = 0; round < rounds; round++) {
                for (Scenario s : scenarios) {
                    int times = s.perRowTarget ? 1 : 20;
                    for (int i = 0; i < times; i++) {
                        call(URI.create(api + s.path).toURL(), s);
                        s.floor.run(c);
                    }
                }
            }
        }

        List<String> failures = new ArrayList<>();
        for (Scenario s : scenarios) {
            Stats a = apiStats(api, s, clients);
            Stats f = floorStats(jdbc, s, clients);
            double ratio = a.p50 / f.p50;
            boolean met;
            String target;
            if (s.perRowTarget) {
                double msPer100k = a.p50 * 100_000.0 / Math.max(1, a.rows);
                target = s.target + " (" + fmt(msPer100k) + " ms / 100k)";
                met = msPer100k <= s.targetMs;
            } else {
                target = s.target + ", p50 ≤ 1.5× SQL";
                met = a.p95 <= s.targetMs && ratio <= 1.5;
            }
            if (!met) {
                failures.add(s.name);
            }
            long rows = s.perRowTarget ? a.rows : f.rows;
            if (s.perRowTarget && a.rows != f.rows) {
                throw new IllegalStateException(s.name + ": the API sent " + a.rows + " rows, the SQL gives " + f.rows);
            }
            String line = String.format(Locale.ROOT, "| %s | %,d | %s | %s | %s | %s | %s | %s | %s | %s | %.2f | %s | %s |%n",
                    s.name, rows, ms(a.p50), ms(a.p95), ms(a.p99), fmt(a.perSecond), ms(f.p50), ms(f.p95), ms(f.p99),
                    fmt(f.perSecond), ratio, target, met ? "yes" : "**no**");
            System.out.print(line);
            out.append(line);
        }
        String summary = (failures.isEmpty() ? "\nAll targets met." : "\nTargets missed: " + String.join(", ", failures) + ".")
                + " Machine load (1, 5, 15 min averages) at start: " + loadAtStart + "; at end: " + loadAverage() + ".\n";
        System.out.print(summary);
        out.append(summary);
        String file = args.get("out");
        if (file != null) {
            Files.createDirectories(Path.of(file).toAbsolutePath().getParent());
            Files.writeString(Path.of(file), out.toString());
            System.out.println("written to " + file);
        }
    }

    // ---- the floor: the API's SQL on a plain connection ------------------------------------------------------------
    static long summaryFloor(Connection c, ReportScope s) throws Exception {
        lookups(c, s);
        ReportQueries.Figures f = ReportQueries.figures(c, s);
        ReportQueries.requests(c, s);
        ReportQueries.referenceLabels(c, "refusal-reasons");
        return f.activities();
    }

    static long breakdownFloor(Connection c, ReportScope s, Dimension d) throws Exception {
        lookups(c, s);
        ReportQueries.Breakdown b = ReportQueries.breakdown(c, s, d);
        switch (d) {
            case territory -> query(c, "SELECT code, label_fr, label_en FROM territory WHERE establishment_code = ? ORDER BY sort_order, code", s.establishment());
            case organizer -> query(c, "SELECT id::text, name FROM organizer WHERE establishment_code = ?", s.establishment());
            case month, fiscalPeriod -> { }
            default -> ReportQueries.referenceLabels(c, switch (d) {
                case serviceOffer -> "service-offers";
                case axis -> "axes";
                case interventionType -> "intervention-types";
                case determinant -> "determinants";
                case population -> "populations";
                default -> "professional-acts";
            });
        }
        return b.total().activities();
    }

    static long exportFloor(Connection c, ReportScope s) throws Exception {
        lookups(c, s);
        c.setAutoCommit(false);
        try {
            long[] count = {0};
            ReportQueries.exportActivities(c, s, 2000, line -> count[0]++);
            return count[0];
        } finally {
            c.rollback();
            c.setAutoCommit(true);
        }
    }

    /** What the API reads before each report: the establishment's labels, and the territory's. */
    static void lookups(Connection c, ReportScope s) throws Exception {
        query(c, "SELECT code, label_fr, label_en FROM establishment WHERE code = ?", s.establishment());
        if (s.territory() != null) {
            query(c, "SELECT code, label_fr, label_en FROM territory WHERE code = ? AND establishment_code = ?", s.territory(), s.establishment());
        }
    }

    static void query(Connection c, String sql, String... params) throws Exception {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setString(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rs.getString(1);
                }
            }
        }
    }

    static Stats floorStats(String jdbc, Scenario s, int clients) throws Exception {
        List<Connection> connections = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            connections.add(DriverManager.getConnection(jdbc, "maillon", "maillon"));
        }
        try {
            Connection c = connections.get(0);
            long rows = 0;
            for (int i = 0; i < s.warmup; i++) {
                rows = s.floor.run(c);
            }
            double[] times = new double[s.runs];
            for (int i = 0; i < s.runs; i++) {
                long t0 = System.nanoTime();
                s.floor.run(c);
                times[i] = (System.nanoTime() - t0) / 1e6;
            }
            double rate = concurrently(clients, s.loadRequests, k -> s.floor.run(connections.get(k)));
            return stats(times, rate, rows);
        } finally {
            for (Connection c : connections) {
                c.close();
            }
        }
    }

    // ---- the API -------------------------------------------------------------------------------------------------------
    static Stats apiStats(String api, Scenario s, int clients) throws Exception {
        URL url = URI.create(api + s.path).toURL();
        long rows = 0;
        for (int i = 0; i < s.warmup; i++) {
            rows = call(url, s);
        }
        double[] times = new double[s.runs];
        for (int i = 0; i < s.runs; i++) {
            long t0 = System.nanoTime();
            call(url, s);
            times[i] = (System.nanoTime() - t0) / 1e6;
        }
        double rate = concurrently(clients, s.loadRequests, k -> call(url, s));
        return stats(times, rate, rows);
    }

    /**
     * One request on a kept-alive connection (HttpURLConnection: blocking, in the calling thread, no hand-off to a
     * selector thread), body read to its last byte; returns the number of lines but the first (CSV rows).
     */
    static long call(URL url, Scenario s) throws Exception {
        HttpURLConnection c = (HttpURLConnection) url.openConnection();
        c.setRequestProperty("Authorization", "Bearer " + s.token);
        c.setRequestProperty("Accept", s.accept);
        c.setConnectTimeout(10_000);
        c.setReadTimeout(120_000);
        int status = c.getResponseCode();
        if (status != 200) {
            InputStream err = c.getErrorStream();
            throw new IllegalStateException(s.name + ": HTTP " + status + " "
                    + (err == null ? "" : new String(err.readAllBytes(), StandardCharsets.UTF_8)));
        }
        try (InputStream in = c.getInputStream()) {
            byte[] buffer = new byte[64 * 1024];
            long lines = 0;
            int read;
            while ((read = in.read(buffer)) > 0) {
                for (int i = 0; i < read; i++) {
                    if (buffer[i] == '\n') {
                        lines++;
                    }
                }
            }
            return lines - 1;
        }
    }

    interface Task {
        void run(int client) throws Exception;
    }

    /** Requests per second with {@code clients} clients sharing {@code total} requests. */
    static double concurrently(int clients, int total, Task task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            int each = Math.max(1, total / clients);
            long t0 = System.nanoTime();
            List<Future<?>> futures = new ArrayList<>();
            for (int k = 0; k < clients; k++) {
                int client = k;
                futures.add(pool.submit(() -> {
                    for (int i = 0; i < each; i++) {
                        task.run(client);
                    }
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
            return each * clients / ((System.nanoTime() - t0) / 1e9);
        } finally {
            pool.shutdownNow();
        }
    }

    static Stats stats(double[] times, double rate, long rows) {
        double[] sorted = times.clone();
        Arrays.sort(sorted);
        return new Stats(pct(sorted, 50), pct(sorted, 95), pct(sorted, 99), sorted[sorted.length - 1], rate, rows);
    }

    static double pct(double[] sorted, double p) {
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }

    static String ms(double v) {
        return (v < 10 ? String.format(Locale.ROOT, "%.1f", v) : String.format(Locale.ROOT, "%.0f", v)) + " ms";
    }

    static String fmt(double v) {
        return v < 10 ? String.format(Locale.ROOT, "%.1f", v) : String.format(Locale.ROOT, "%.0f", v);
    }

    static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (IOException e) {
            return "unknown";
        }
    }

    static String dataSize(String jdbc) throws Exception {
        try (Connection c = DriverManager.getConnection(jdbc, "maillon", "maillon"); PreparedStatement ps = c.prepareStatement("""
                SELECT (SELECT count(*) FROM establishment), (SELECT count(*) FROM organizer), (SELECT count(*) FROM organization),
                       (SELECT count(*) FROM service_request), (SELECT count(*) FROM intervention), (SELECT count(*) FROM concertation),
                       (SELECT count(*) FROM activity), (SELECT count(*) FROM activity_act), pg_size_pretty(pg_database_size(current_database()))""");
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            return String.format(Locale.ROOT, "Data: %,d establishments, %,d organizers, %,d organizations, %,d requests, %,d interventions, "
                    + "%,d concertations, %,d activities (%,d professional acts); database %s.%n", rs.getLong(1), rs.getLong(2),
                    rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6), rs.getLong(7), rs.getLong(8), rs.getString(9));
        }
    }
}
