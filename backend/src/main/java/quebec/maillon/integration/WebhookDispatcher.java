package quebec.maillon.integration;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
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
 */
@ApplicationScoped
public class WebhookDispatcher {

    private static final Logger LOG = Logger.getLogger(WebhookDispatcher.class);

    public static final String SIGNATURE_HEADER = "X-Maillon-Signature";
    public static final String TIMESTAMP_HEADER = "X-Maillon-Timestamp";
    public static final String EVENT_HEADER = "X-Maillon-Event";
    public static final String DELIVERY_HEADER = "X-Maillon-Delivery";

    @Inject
    EntityManager em;

    @ConfigProperty(name = "maillon.webhooks.backoff-base", defaultValue = "PT10S")
    Duration backoffBase;

    @ConfigProperty(name = "maillon.webhooks.backoff-max", defaultValue = "PT1H")
    Duration backoffMax;

    @ConfigProperty(name = "maillon.webhooks.max-attempts", defaultValue = "30")
    int maxAttempts;

    @ConfigProperty(name = "maillon.webhooks.timeout", defaultValue = "PT10S")
    Duration timeout;

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
            } catch (Exception e) {
                LOG.warn("Webhook delivery failed unexpectedly", e);
            }
        }
    }

    @SuppressWarnings("unchecked")
    List<Claim> claim(int limit) {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<Object[]> rows = em.createNativeQuery("""
                    WITH due AS (
                        SELECT d.id FROM webhook_delivery d
                        WHERE d.status = 'PENDING' AND d.next_attempt_at <= now()
                          AND (d.locked_until IS NULL OR d.locked_until < now())
                          AND NOT EXISTS (SELECT 1 FROM webhook_delivery e
                                          WHERE e.subscription_id = d.subscription_id AND e.record_id = d.record_id
                                            AND e.status = 'PENDING' AND e.event_id < d.event_id)
                        ORDER BY d.event_id
                        LIMIT ?1
                        FOR UPDATE SKIP LOCKED)
                    UPDATE webhook_delivery w SET locked_until = now() + interval '120 seconds', attempts = w.attempts + 1
                    FROM due, webhook_subscription s, outbox_event ev
                    WHERE w.id = due.id AND s.id = w.subscription_id AND ev.id = w.event_id
                    RETURNING w.id, w.attempts, s.url, s.secret, ev.event_type, CAST(ev.payload AS text)""")
                    .setParameter(1, limit).getResultList();
            List<Claim> claims = new ArrayList<>();
            for (Object[] r : rows) {
                claims.add(new Claim(((Number) r[0]).longValue(), ((Number) r[1]).intValue(), (String) r[2], (String) r[3],
                        (String) r[4], (String) r[5]));
            }
            return claims;
        });
    }

    void deliver(Claim c) {
        Integer status = null;
        String error = null;
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
                record(c, status, null, true);
                return;
            }
            error = "HTTP " + status;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            error = "interrupted";
        } catch (Exception e) {
            error = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        }
        record(c, status, error, false);
    }

    private void record(Claim c, Integer status, String error, boolean delivered) {
        QuarkusTransaction.requiringNew().run(() -> {
            if (delivered) {
                em.createNativeQuery("UPDATE webhook_delivery SET status = 'DELIVERED', delivered_at = now(), locked_until = NULL, "
                        + "last_status_code = ?2, last_error = NULL WHERE id = ?1")
                        .setParameter(1, c.id()).setParameter(2, status).executeUpdate();
                return;
            }
            boolean giveUp = c.attempts() >= maxAttempts;
            long delay = Math.min(backoffMax.toMillis(), backoffBase.toMillis() * (1L << Math.min(20, c.attempts() - 1)));
            em.createNativeQuery("UPDATE webhook_delivery SET status = ?2, locked_until = NULL, last_status_code = ?3, "
                    + "last_error = ?4, next_attempt_at = now() + make_interval(secs => ?5) WHERE id = ?1")
                    .setParameter(1, c.id()).setParameter(2, giveUp ? "FAILED" : "PENDING").setParameter(3, status)
                    .setParameter(4, error == null ? null : error.substring(0, Math.min(500, error.length())))
                    .setParameter(5, delay / 1000.0)
                    .executeUpdate();
        });
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

    /** Deliveries waiting to be sent (for metrics and health). */
    public long backlog() {
        return ((Number) em.createNativeQuery("SELECT count(*) FROM webhook_delivery WHERE status = 'PENDING'").getSingleResult()).longValue();
    }

    void stop(@Observes ShutdownEvent event) {
        senders.shutdown();
        try {
            senders.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
