// Graceful shutdown, measured (scripts/shutdown-check.sh runs it against the production jar it started).
// While a webhook delivery is in flight (the receiver takes --hook-delay to answer) and several clients are still
// uploading their request bodies, the API process gets SIGTERM. Expected: the uploads in flight complete (201),
// a new request gets 503 (or, once the API is gone, no connection), the delivery in flight is recorded as
// DELIVERED before the process exits (no claim left behind, no duplicate after a restart), and the process exits
// within the configured timeouts. Prints what happened with timings; exits 1 when an expectation fails.
//
// java -cp "<classes of bench/BenchTokens.java>:<quarkus-app/lib/main/*>" scripts/ShutdownCheck.java --api URL --jdbc URL --key PEM --issuer ISS --pid PID

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

public class ShutdownCheck {

    static final List<String> failures = new ArrayList<>();
    static final long T0 = System.nanoTime();

    public static void main(String[] argv) throws Exception {
        Map<String, String> args = new HashMap<>();
        for (int i = 0; i + 1 < argv.length; i += 2) {
            args.put(argv[i].replaceFirst("^--", ""), argv[i + 1]);
        }
        URI api = URI.create(args.get("api"));
        String jdbc = args.get("jdbc");
        long pid = Long.parseLong(args.get("pid"));
        long hookDelay = Long.parseLong(args.getOrDefault("hook-delay-ms", "9000"));
        int uploads = Integer.parseInt(args.getOrDefault("uploads", "3"));
        long uploadMs = Long.parseLong(args.getOrDefault("upload-ms", "2500"));
        PrivateKey key = BenchTokens.readKey(Path.of(args.get("key")));
        String issuer = args.get("issuer");
        String admin = BenchTokens.sign(key, issuer, Map.of("sub", UUID.randomUUID().toString(), "preferred_username", "admin.shutdown",
                "name", "Admin Shutdown", "azp", "maillon-web", "establishment", "CISSS-LAN",
                "realm_access", Map.of("roles", List.of("admin"))));
        String manager = BenchTokens.sign(key, issuer, Map.of("sub", UUID.randomUUID().toString(), "preferred_username", "gestion.shutdown",
                "name", "Gestion Shutdown", "azp", "maillon-web", "establishment", "CISSS-LAN",
                "territories", List.of("LAN-MATAWINIE"), "realm_access", Map.of("roles", List.of("manager"))));
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

        // 1. A webhook receiver that takes its time, subscribed to request.received.
        AtomicInteger received = new AtomicInteger();
        CountDownLatch firstDelivery = new CountDownLatch(1);
        HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hook", exchange -> {
            exchange.getRequestBody().readAllBytes();
            received.incrementAndGet();
            firstDelivery.countDown();
            sleep(hookDelay);
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        receiver.start();
        String hook = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook";
        HttpResponse<String> sub = http.send(HttpRequest.newBuilder(api.resolve("/api/v1/webhooks"))
                .header("Authorization", "Bearer " + admin).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"url\":\"" + hook + "\",\"eventTypes\":[\"request.received\"]}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        if (sub.statusCode() != 201) {
            throw new IllegalStateException("could not subscribe: " + sub.statusCode() + " " + sub.body());
        }
        String subscription = sub.body().replaceAll("(?s).*\"id\"\\s*:\\s*\"([^\"]+)\".*", "$1");
        long deliveryId;
        try (Connection c = DriverManager.getConnection(jdbc, "maillon", "maillon")) {
            long eventId;
            try (PreparedStatement st = c.prepareStatement("INSERT INTO outbox_event (establishment_code, event_type, "
                    + "record_type, record_id, payload) VALUES ('CISSS-LAN', 'request.received', 'request', 'SHUTDOWN-1', "
                    + "'{\"recordId\": \"SHUTDOWN-1\"}') RETURNING id"); ResultSet rs = st.executeQuery()) {
                rs.next();
                eventId = rs.getLong(1);
            }
            try (PreparedStatement st = c.prepareStatement("INSERT INTO webhook_delivery (subscription_id, event_id, record_id) "
                    + "VALUES (CAST(? AS uuid), ?, 'SHUTDOWN-1') RETURNING id")) {
                st.setString(1, subscription);
                st.setLong(2, eventId);
                try (ResultSet rs = st.executeQuery()) {
                    rs.next();
                    deliveryId = rs.getLong(1);
                }
            }
        }
        if (!firstDelivery.await(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the dispatcher did not send the delivery");
        }
        log("delivery " + deliveryId + " in flight (the receiver answers in " + hookDelay + " ms)");

        // 2. Slow uploads: headers and half of the body sent, the rest to follow.
        List<Upload> slow = new ArrayList<>();
        for (int i = 1; i <= uploads; i++) {
            String body = "{\"type\": \"COMMUNITY_ORGANIZATION\", \"name\": \"Arrêt en douceur " + i + " "
                    + UUID.randomUUID().toString().substring(0, 8) + "\", \"territory\": \"LAN-MATAWINIE\"}";
            slow.add(Upload.start(api, manager, "shutdown-slow-" + i, body));
        }
        // Give the API time to start reading them (it is busy on a loaded machine): a request whose headers it has
        // not read yet when SIGTERM arrives is a new request, and rightly gets 503.
        sleep(Long.parseLong(args.getOrDefault("settle-ms", "1500")));
        log(uploads + " uploads in flight (headers and half of each body sent)");

        // 3. SIGTERM.
        ProcessHandle process = ProcessHandle.of(pid).orElseThrow(() -> new IllegalStateException("no process " + pid));
        long termAt = System.nanoTime();
        process.destroy();
        log("SIGTERM sent to the API (pid " + pid + ")");

        // 4. A new request during the shutdown.
        sleep(300);
        String during;
        try {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(api.resolve("/api/v1/me"))
                    .header("Authorization", "Bearer " + manager).timeout(Duration.ofSeconds(5)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            during = Integer.toString(r.statusCode());
        } catch (java.io.IOException e) {
            during = "no connection (" + e.getClass().getSimpleName() + ")";
        }
        log("a new request 300 ms after SIGTERM: " + during);
        expect(during.equals("503") || during.startsWith("no connection"), "a new request during shutdown gets 503 or no connection, got " + during);

        // 5. The uploads finish: each must get its complete answer.
        long perChunk = uploadMs / 10;
        for (int chunk = 0; chunk < 10; chunk++) {
            for (Upload u : slow) {
                u.sendChunk(chunk, 10);
            }
            sleep(perChunk);
        }
        for (Upload u : slow) {
            String status = u.finish();
            log("upload " + u.requestId + " (" + u.elapsedMs() + " ms in flight): " + status);
            expect(status.startsWith("HTTP/1.1 201"), "upload " + u.requestId + " completes with 201, got " + status);
        }

        // 6. The process exits; the delivery in flight was recorded.
        boolean exited = process.onExit().toCompletableFuture().completeOnTimeout(null, 90, TimeUnit.SECONDS).join() != null;
        long shutdownMs = (System.nanoTime() - termAt) / 1_000_000;
        log("the API " + (exited ? "exited " + shutdownMs + " ms after SIGTERM" : "did not exit within 90 s"));
        expect(exited, "the API exits");
        try (Connection c = DriverManager.getConnection(jdbc, "maillon", "maillon");
                PreparedStatement st = c.prepareStatement("SELECT status, attempts, locked_until IS NULL, last_status_code "
                        + "FROM webhook_delivery WHERE id = ?")) {
            st.setLong(1, deliveryId);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                String status = rs.getString(1);
                log("delivery " + deliveryId + ": " + status + ", attempts " + rs.getInt(2) + ", claim released "
                        + rs.getBoolean(3) + ", subscriber answered " + rs.getObject(4));
                expect("DELIVERED".equals(status) && rs.getBoolean(3), "the delivery in flight is recorded DELIVERED and unclaimed");
                expect(rs.getInt(2) == 1, "sent once");
            }
        }
        expect(received.get() == 1, "the receiver got the delivery once, got " + received.get());
        receiver.stop(0);
        System.out.println(failures.isEmpty() ? "shutdown-check: passed" : "shutdown-check: FAILED: " + failures);
        System.exit(failures.isEmpty() ? 0 : 1);
    }

    /** An HTTP/1.1 request over a plain socket, whose body is sent a little at a time. */
    static final class Upload {
        final String requestId;
        final byte[] body;
        final Socket socket;
        final OutputStream out;
        final long started = System.nanoTime();
        int sent;
        long ended;
        boolean closed;

        private Upload(String requestId, byte[] body, Socket socket) throws Exception {
            this.requestId = requestId;
            this.body = body;
            this.socket = socket;
            this.out = socket.getOutputStream();
        }

        static Upload start(URI api, String token, String requestId, String json) throws Exception {
            byte[] body = json.getBytes(StandardCharsets.UTF_8);
            Socket s = new Socket(api.getHost(), api.getPort());
            s.setSoTimeout(60_000);
            Upload u = new Upload(requestId, body, s);
            String head = "POST /api/v1/organizations HTTP/1.1\r\nHost: " + api.getHost() + ":" + api.getPort()
                    + "\r\nAuthorization: Bearer " + token + "\r\nContent-Type: application/json\r\nContent-Length: "
                    + body.length + "\r\nX-Request-Id: " + requestId + "\r\nConnection: close\r\n\r\n";
            u.out.write(head.getBytes(StandardCharsets.US_ASCII));
            u.out.write(body, 0, body.length / 2);
            u.out.flush();
            u.sent = body.length / 2;
            return u;
        }

        void sendChunk(int chunk, int chunks) {
            int until = body.length / 2 + (body.length - body.length / 2) * (chunk + 1) / chunks;
            if (until > sent && !closed) {
                try {
                    out.write(body, sent, until - sent);
                    out.flush();
                    sent = until;
                } catch (java.io.IOException e) {
                    closed = true; // the server answered (and closed) before the whole body was sent
                }
            }
        }

        String finish() throws Exception {
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream response = new ByteArrayOutputStream();
            byte[] buf = new byte[8192];
            int n;
            try {
                while ((n = in.read(buf)) > 0) {
                    response.write(buf, 0, n);
                }
            } catch (java.io.IOException e) {
                if (response.size() == 0) {
                    return "no answer (" + e.getMessage() + ")";
                }
            }
            ended = System.nanoTime();
            socket.close();
            String text = response.toString(StandardCharsets.UTF_8);
            return text.isEmpty() ? "no answer (connection closed)" : text.lines().findFirst().orElse("");
        }

        long elapsedMs() {
            return ((ended == 0 ? System.nanoTime() : ended) - started) / 1_000_000;
        }
    }

    static void expect(boolean ok, String what) {
        if (!ok) {
            failures.add(what);
            log("FAILED: " + what);
        }
    }

    static void log(String message) {
        System.out.printf("shutdown-check [%6d ms] %s%n", (System.nanoTime() - T0) / 1_000_000, message);
    }

    static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
