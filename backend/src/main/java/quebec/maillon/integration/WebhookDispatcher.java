package quebec.maillon.integration;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Delivers queued webhook events, outside of any API request: a dead endpoint never slows the API. Each tick
 * claims due deliveries with FOR UPDATE SKIP LOCKED (several API instances share the work without double
 * deliveries), at most the oldest pending one per subscription and record (delivery in order per record), posts
 * them signed with HMAC-SHA256, and records the outcome; failures are retried with exponential back-off.
 * On shutdown it claims nothing more and waits (up to {@code maillon.webhooks.shutdown-wait}) for the deliveries in
 * flight to be sent and recorded, so that a restart sends no duplicate of them.
 */
@ApplicationScoped
public class WebhookDispatcher {

    private static final Logger LOG = Logger.getLogger(WebhookDispatcher.class);

    public static final String SIGNATURE_HEADER = "X-Maillon-Signature";
    public static final String TIMESTAMP_HEADER = "X-Maillon-Timestamp";
    public static final String EVENT_HEADER = "X-Maillon-Event";
    public static final String DELIVERY_HEADER = "X-Maillon-Delivery";

    /** Plain JDBC (autocommit): the dispatcher's short statements need no ORM, and stay out of its statistics. */
    @Inject
    javax.sql.DataSource dataSource;

    @ConfigProperty(name = "maillon.webhooks.backoff-base", defaultValue = "PT10S")
    Duration backoffBase;

    @ConfigProperty(name = "maillon.webhooks.backoff-max", defaultValue = "PT1H")
    Duration backoffMax;

    @ConfigProperty(name = "maillon.webhooks.max-attempts", defaultValue = "30")
    int maxAttempts;

    @ConfigProperty(name = "maillon.webhooks.timeout", defaultValue = "PT10S")
    Duration timeout;

    @ConfigProperty(name = "maillon.webhooks.shutdown-wait", defaultValue = "PT15S")
    Duration shutdownWait;

    @Inject
    WebhookMetrics metrics;

    /** Set at shutdown: no new claim. */
    private volatile boolean stopping;
    /** Held while a tick claims and delivers. */
    private final java.util.concurrent.locks.ReentrantLock ticking = new java.util.concurrent.locks.ReentrantLock();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final ExecutorService senders = Executors.newFixedThreadPool(4, r -> {
        Thread t = new Thread(r, "webhook-sender");
        t.setDaemon(true);
        return t;
    });

    record Claim(long id, int attempts, String url, String secret, String eventType, String payload) {
    }

    @Scheduled(every = "{maillon.webhooks.poll}", identity = "webhooks", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        if (stopping || !ticking.tryLock()) {
            return;
        }
        try {
            if (stopping) {
                return;
            }
            List<Claim> claims = claim(50);
            if (claims.isEmpty()) {
                return;
            }
            List<Future<?>> running = new ArrayList<>();
            for (Claim c : claims) {
                running.add(senders.submit(() -> deliver(c)));
            }
            for (Future<?> f : running) {
                try {
                    f.get();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                } catch (Exception e) {
                    LOG.warn("Webhook delivery failed unexpectedly", e);
                }
            }
        } finally {
            ticking.unlock();
        }
    }

    List<Claim> claim(int limit) {
        String sql = """
                WITH due AS (
                    SELECT d.id FROM webhook_delivery d
                    WHERE d.status = 'PENDING' AND d.next_attempt_at <= now()
                      AND (d.locked_until IS NULL OR d.locked_until < now())
                      AND NOT EXISTS (SELECT 1 FROM webhook_delivery e
                                      WHERE e.subscription_id = d.subscription_id AND e.record_id = d.record_id
                                        AND e.status = 'PENDING' AND e.event_id < d.event_id)
                    ORDER BY d.event_id
                    LIMIT ?
                    FOR UPDATE SKIP LOCKED)
                UPDATE webhook_delivery w SET locked_until = now() + interval '120 seconds', attempts = w.attempts + 1
                FROM due, webhook_subscription s, outbox_event ev
                WHERE w.id = due.id AND s.id = w.subscription_id AND ev.id = w.event_id
                RETURNING w.id, w.attempts, s.url, s.secret, ev.event_type, CAST(ev.payload AS text)""";
        List<Claim> claims = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(sql)) {
            st.setInt(1, limit);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    claims.add(new Claim(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getString(4), rs.getString(5),
                            rs.getString(6)));
                }
            }
        } catch (SQLException e) {
            LOG.warn("Webhooks: could not claim deliveries (" + e.getMessage() + ")");
        }
        return claims;
    }

    void deliver(Claim c) {
        Integer status = null;
        String error = null;
        long start = System.nanoTime();
        try {
            long timestamp = System.currentTimeMillis() / 1000;
            HttpRequest request = HttpRequest.newBuilder(URI.create(c.url()))
                    .timeout(timeout)
                    .header("Content-Type", "application/json")
                    .header("User-Agent", "Maillon-Webhooks/1")
                    .header(EVENT_HEADER, c.eventType())
                    .header(DELIVERY_HEADER, Long.toString(c.id()))
                    .header(TIMESTAMP_HEADER, Long.toString(timestamp))
                    .header(SIGNATURE_HEADER, "sha256=" + sign(c.secret(), timestamp + "." + c.payload()))
                    .POST(HttpRequest.BodyPublishers.ofString(c.payload(), StandardCharsets.UTF_8))
                    .build();
            HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
            status = response.statusCode();
            if (status >= 200 && status < 300) {
                record(c, status, null, true, Duration.ofNanos(System.nanoTime() - start));
                return;
            }
            error = "HTTP " + status;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            error = "interrupted";
        } catch (Exception e) {
            error = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        }
        record(c, status, error, false, status == null ? null : Duration.ofNanos(System.nanoTime() - start));
    }

    private void record(Claim c, Integer status, String error, boolean delivered, Duration took) {
        boolean giveUp = c.attempts() >= maxAttempts;
        metrics.attempt(delivered, !delivered && giveUp, took);
        long delay = Math.min(backoffMax.toMillis(), backoffBase.toMillis() * (1L << Math.min(20, c.attempts() - 1)));
        String sql = delivered
                ? "UPDATE webhook_delivery SET status = 'DELIVERED', delivered_at = now(), locked_until = NULL, "
                        + "last_status_code = ?, last_error = NULL WHERE id = ?"
                : "UPDATE webhook_delivery SET status = ?, locked_until = NULL, last_status_code = ?, last_error = ?, "
                        + "next_attempt_at = now() + make_interval(secs => ?) WHERE id = ?";
        try (Connection conn = dataSource.getConnection(); PreparedStatement st = conn.prepareStatement(sql)) {
            if (delivered) {
                st.setInt(1, status);
                st.setLong(2, c.id());
            } else {
                st.setString(1, giveUp ? "FAILED" : "PENDING");
                if (status == null) {
                    st.setNull(2, java.sql.Types.INTEGER);
                } else {
                    st.setInt(2, status);
                }
                st.setString(3, error == null ? null : error.substring(0, Math.min(500, error.length())));
                st.setDouble(4, delay / 1000.0);
                st.setLong(5, c.id());
            }
            st.executeUpdate();
        } catch (SQLException e) {
            // The claim expires (locked_until) and the delivery is tried again: at least once.
            LOG.warn("Webhooks: could not record the outcome of delivery " + c.id() + " (" + e.getMessage() + ")");
        }
    }

    /** HMAC-SHA256 of "{timestamp}.{body}" with the subscription's secret, hex-encoded. */
    public static String sign(String secret, String message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Shutdown (after the HTTP server has drained, before the connection pool closes): no new claim; the tick in
     * progress, if any, finishes its deliveries and records them. A delivery still unrecorded after the wait keeps its
     * claim, which expires: it is sent again later (at least once).
     */
    void stop(@Observes ShutdownEvent event) {
        stopping = true;
        long start = System.nanoTime();
        try {
            if (ticking.tryLock(shutdownWait.toMillis(), TimeUnit.MILLISECONDS)) {
                ticking.unlock();
                LOG.infof("Webhooks: dispatcher stopped (waited %d ms for deliveries in flight)",
                        (System.nanoTime() - start) / 1_000_000);
            } else {
                LOG.warnf("Webhooks: deliveries still in flight after %s; they will be sent again after the restart",
                        shutdownWait);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        senders.shutdownNow();
    }

    boolean stopping() {
        return stopping;
    }
}
