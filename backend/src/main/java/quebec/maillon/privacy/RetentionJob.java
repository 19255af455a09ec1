package quebec.maillon.privacy;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import quebec.maillon.common.Actor;

/**
 * Runs the retention rule every night for every establishment. With several API instances on one database, a
 * PostgreSQL advisory lock makes sure only one instance runs it. On shutdown, a run in progress finishes the
 * establishment it is at, commits, and stops (the next run does the rest); shutdown waits for it up to
 * {@code maillon.retention.shutdown-wait}.
 */
@ApplicationScoped
public class RetentionJob {

    private static final Logger LOG = Logger.getLogger(RetentionJob.class);
    private static final long LOCK_KEY = 0x6d61696c6c6f6e01L;

    @Inject
    RetentionService retention;

    @Inject
    EntityManager em;

    @ConfigProperty(name = "maillon.retention.shutdown-wait", defaultValue = "PT15S")
    Duration shutdownWait;

    private volatile boolean stopping;
    private final ReentrantLock running = new ReentrantLock();

    @Scheduled(cron = "{maillon.retention.cron}", identity = "retention", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void nightly() {
        if (stopping || !running.tryLock()) {
            return;
        }
        try {
            QuarkusTransaction.requiringNew().run(this::run);
        } finally {
            running.unlock();
        }
    }

    private void run() {
        Boolean locked = (Boolean) em.createNativeQuery("SELECT pg_try_advisory_xact_lock(?1)")
                .setParameter(1, LOCK_KEY).getSingleResult();
        if (!Boolean.TRUE.equals(locked)) {
            LOG.info("Retention: another instance is running it");
            return;
        }
        LocalDate today = quebec.maillon.common.Dates.today();
        for (String establishment : retention.establishments()) {
            if (stopping) {
                LOG.info("Retention: stopping for shutdown; the next run does the remaining establishments");
                return;
            }
            int count = retention.anonymize(Actor.SYSTEM, establishment, today).size();
            if (count > 0) {
                LOG.infof("Retention: anonymized %d contact(s) of %s", count, establishment);
            }
        }
    }

    void stop(@Observes ShutdownEvent event) {
        stopping = true;
        try {
            if (running.tryLock(shutdownWait.toMillis(), TimeUnit.MILLISECONDS)) {
                running.unlock();
            } else {
                LOG.warnf("Retention: still running after %s at shutdown; its transaction is rolled back", shutdownWait);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
