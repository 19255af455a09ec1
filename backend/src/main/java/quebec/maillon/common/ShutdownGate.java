package quebec.maillon.common;

import io.quarkus.runtime.ShutdownDelayInitiatedEvent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Knows when the API is shutting down. On SIGTERM, Quarkus turns readiness DOWN, waits {@code quarkus.shutdown.delay}
 * (none by default) while still serving, then lets the requests in flight finish for up to
 * {@code quarkus.shutdown.timeout}. From the end of the delay on, {@link RequestLog} answers new requests 503 (a
 * problem detail with Retry-After and Connection: close), so that the requests in flight are the last ones and
 * clients retry on another instance.
 */
@Singleton
public class ShutdownGate {

    @ConfigProperty(name = "quarkus.shutdown.delay")
    Optional<Duration> delay;

    private volatile long closesAt;
    private volatile boolean shuttingDown;

    /** Fired first thing on shutdown (quarkus.shutdown.delay-enabled=true), before the delay. */
    void shutdownStarts(@Observes ShutdownDelayInitiatedEvent event) {
        closesAt = System.nanoTime() + delay.orElse(Duration.ZERO).toNanos();
        shuttingDown = true;
    }

    /** True once new requests must be refused. */
    public boolean closed() {
        return shuttingDown && System.nanoTime() - closesAt >= 0;
    }
}
