package quebec.maillon.privacy;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import org.jboss.logging.Logger;
import quebec.maillon.common.Actor;

/**
 * Runs the retention rule every night for every establishment. With several API instances on one database, a
 * PostgreSQL advisory lock makes sure only one instance runs it.
 */
@ApplicationScoped
public class RetentionJob {

    private static final Logger LOG = Logger.getLogger(RetentionJob.class);
    private static final long LOCK_KEY = 0x6d61696c6c6f6e01L;

    @Inject
    RetentionService retention;

    @Inject
    EntityManager em;

    @Scheduled(cron = "{maillon.retention.cron}", identity = "retention", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    void nightly() {
        Boolean locked = (Boolean) em.createNativeQuery("SELECT pg_try_advisory_xact_lock(?1)")
                .setParameter(1, LOCK_KEY).getSingleResult();
        if (!Boolean.TRUE.equals(locked)) {
            LOG.info("Retention: another instance is running it");
            return;
        }
        LocalDate today = quebec.maillon.common.Dates.today();
        for (String establishment : retention.establishments()) {
            int count = retention.anonymize(Actor.SYSTEM, establishment, today).size();
            if (count > 0) {
                LOG.infof("Retention: anonymized %d contact(s) of %s", count, establishment);
            }
        }
    }
}
