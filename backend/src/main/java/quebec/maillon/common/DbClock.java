package quebec.maillon.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.hibernate.Session;

/**
 * The database's clock for {@code createdAt} and {@code updatedAt}: PostgreSQL's now(), the start of the current
 * transaction. It is the value the trigger of V8 stamps on every insert and update, so what Hibernate holds and the
 * API answers equals what is stored; it is also the clock of pg_stat_activity.xact_start, which the sync horizon
 * (SyncFeed) compares it with. Several API instances with skewed clocks share it. Read once per transaction.
 */
@ApplicationScoped
public class DbClock {

    @Inject
    EntityManager em;

    @Inject
    TransactionSynchronizationRegistry transaction;

    /** now() of the current transaction (a write transaction must be active). */
    public OffsetDateTime now() {
        Object cached = transaction.getResource(DbClock.class);
        if (cached != null) {
            return (OffsetDateTime) cached;
        }
        // Plain JDBC on the session's connection: no flush of pending changes, unlike a Hibernate query.
        OffsetDateTime now = em.unwrap(Session.class).doReturningWork(connection -> {
            try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery("SELECT now()")) {
                rs.next();
                return rs.getObject(1, OffsetDateTime.class);
            }
        });
        return remember(now);
    }

    /**
     * Keeps now() of the current transaction when a statement has read it already (RETURNING now()), which spares
     * the round trip of {@link #now()}.
     */
    OffsetDateTime remember(OffsetDateTime now) {
        OffsetDateTime utc = now.withOffsetSameInstant(ZoneOffset.UTC);
        transaction.putResource(DbClock.class, utc);
        return utc;
    }
}
