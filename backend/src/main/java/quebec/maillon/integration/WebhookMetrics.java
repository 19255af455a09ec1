package quebec.maillon.integration;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.runtime.Startup;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import org.jboss.logging.Logger;

/**
 * Metrics of webhook delivery. Gauges of the backlog, read from the database every
 * {@code maillon.metrics.webhook-backlog-refresh} (they describe the whole database: every API instance reports the
 * same value, so aggregate them with max, not sum); counters and a timer of the deliveries this instance made.
 * <ul>
 * <li>{@code maillon_webhook_deliveries_pending} — deliveries waiting to be sent (due now or later, after a failure)</li>
 * <li>{@code maillon_webhook_deliveries_due} — of those, the ones due now</li>
 * <li>{@code maillon_webhook_events_pending} — outbox events with at least one pending delivery</li>
 * <li>{@code maillon_webhook_oldest_pending_age_seconds} — age of the oldest pending delivery (0 when none)</li>
 * <li>{@code maillon_webhook_deliveries_total{outcome="delivered|retry|failed"}} — attempts and their outcome
 * ({@code failed}: the last attempt failed and the delivery was given up)</li>
 * <li>{@code maillon_webhook_delivery_seconds} — how long subscribers took to answer (histogram)</li>
 * </ul>
 * While the database cannot be read, the gauges are NaN.
 */
@Startup
@ApplicationScoped
public class WebhookMetrics {

    private static final Logger LOG = Logger.getLogger(WebhookMetrics.class);

    @Inject
    MeterRegistry registry;

    @Inject
    javax.sql.DataSource dataSource;

    private volatile double pending = Double.NaN;
    private volatile double due = Double.NaN;
    private volatile double events = Double.NaN;
    private volatile double oldestAgeSeconds = Double.NaN;
    private volatile boolean failing;

    private Counter delivered;
    private Counter retried;
    private Counter failed;
    private Timer duration;

    @PostConstruct
    void register() {
        Gauge.builder("maillon.webhook.deliveries.pending", this, m -> m.pending)
                .description("Webhook deliveries waiting to be sent (whole database)").register(registry);
        Gauge.builder("maillon.webhook.deliveries.due", this, m -> m.due)
                .description("Webhook deliveries due now (whole database)").register(registry);
        Gauge.builder("maillon.webhook.events.pending", this, m -> m.events)
                .description("Outbox events with at least one pending delivery (whole database)").register(registry);
        Gauge.builder("maillon.webhook.oldest.pending.age", this, m -> m.oldestAgeSeconds).baseUnit("seconds")
                .description("Age of the oldest pending webhook delivery, 0 when none (whole database)").register(registry);
        delivered = outcome("delivered");
        retried = outcome("retry");
        failed = outcome("failed");
        duration = Timer.builder("maillon.webhook.delivery")
                .description("Time for a subscriber to answer a webhook delivery (this instance)").register(registry);
    }

    private Counter outcome(String outcome) {
        return Counter.builder("maillon.webhook.deliveries").tag("outcome", outcome)
                .description("Webhook delivery attempts by outcome (this instance)").register(registry);
    }

    /** One attempt is over: delivered, to be retried, or given up. */
    void attempt(boolean ok, boolean givenUp, Duration took) {
        (ok ? delivered : givenUp ? failed : retried).increment();
        if (took != null) {
            duration.record(took);
        }
    }

    @Scheduled(every = "{maillon.metrics.webhook-backlog-refresh}", identity = "webhook-metrics",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void refresh() {
        String sql = """
                SELECT count(*), count(*) FILTER (WHERE next_attempt_at <= now()), count(DISTINCT event_id),
                       COALESCE(EXTRACT(EPOCH FROM now() - min(created_at)), 0)
                FROM webhook_delivery WHERE status = 'PENDING'""";
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(sql);
                ResultSet rs = st.executeQuery()) {
            rs.next();
            pending = rs.getLong(1);
            due = rs.getLong(2);
            events = rs.getLong(3);
            oldestAgeSeconds = Math.max(0, rs.getDouble(4));
            failing = false;
        } catch (SQLException e) {
            pending = due = events = oldestAgeSeconds = Double.NaN;
            if (!failing) {
                LOG.warn("Webhook metrics: could not read the backlog (" + e.getMessage() + ")");
            }
            failing = true;
        }
    }

    /** Deliveries waiting to be sent, as last read (-1 when unknown). */
    public long pending() {
        return Double.isNaN(pending) ? -1 : (long) pending;
    }
}
