package quebec.maillon.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The synchronization protocol of the lists (docs/sync.md). A list called with {@code updatedSince} (or sorted by
 * {@code updatedAt}) is a <em>pass</em> over the window {@code updatedSince <= updatedAt < horizon}, where the horizon
 * is computed once, on the first page, and carried by the cursor to every later page:
 * <pre>horizon = least(now(), start of every other open transaction of this database) - margin</pre>
 * {@code updated_at} is stamped by the database with the writing transaction's start (trigger of V8), the same clock
 * as {@code pg_stat_activity.xact_start}. So when the horizon is computed, every transaction that wrote or will write
 * an {@code updated_at} below it has committed: the window holds no record that is still to appear, and a record of
 * the window that changes again leaves it (its new {@code updated_at} is at or after the horizon). Paging a window
 * that can only lose records neither skips nor repeats one, in any stable order; the last page hands the horizon
 * back as {@code nextUpdatedSince}, where the next pass starts. The margin covers the instant between a transaction
 * taking its start time and publishing it in pg_stat_activity, and small steps of the server's clock.
 */
@ApplicationScoped
public class SyncFeed {

    private static final Logger LOG = Logger.getLogger(SyncFeed.class);
    private static final long HIDDEN_WARNING_EVERY_MS = Duration.ofHours(1).toMillis();

    /**
     * The start of the oldest transaction open in this database, other than ours, and the number of sessions whose
     * activity our role may not read (pg_stat_activity hides other roles' sessions without pg_read_all_stats).
     * Autovacuum and the other maintenance processes write no record: they are left out.
     */
    static final String HORIZON_SQL = """
            SELECT now(), min(a.xact_start), count(*) FILTER (WHERE a.backend_type IS NULL)
            FROM pg_stat_activity a
            WHERE a.datname = current_database() AND a.pid <> pg_backend_pid()
              AND (a.backend_type IS NULL OR a.backend_type IN ('client backend', 'background worker'))""";

    @Inject
    EntityManager em;

    @ConfigProperty(name = "maillon.sync.horizon-margin", defaultValue = "PT1S")
    Duration margin;

    private final AtomicLong lastHiddenWarning = new AtomicLong();

    /** One pass: records changed at or after {@code since} (when given) and strictly before {@code horizon}. */
    public record Window(OffsetDateTime since, OffsetDateTime horizon) {

        /** Where the next pass starts: the horizon, never before the {@code updatedSince} asked for. */
        public OffsetDateTime nextUpdatedSince() {
            return since != null && since.isAfter(horizon) ? since : horizon;
        }

        /** " and {column} >= :syncSince and {column} < :syncHorizon", for an HQL or SQL where clause. */
        public String where(String column) {
            return (since != null ? " and " + column + " >= :syncSince" : "") + " and " + column + " < :syncHorizon";
        }

        /** The values of {@link #where(String)}'s parameters. */
        public Map<String, Object> parameters() {
            Map<String, Object> p = new LinkedHashMap<>();
            if (since != null) {
                p.put("syncSince", since);
            }
            p.put("syncHorizon", horizon);
            return p;
        }

        /** The cursor of the next page of this pass: the horizon, then the list's own keyset values. */
        public String cursor(Object... keyset) {
            List<Object> parts = new ArrayList<>();
            parts.add(horizon.toInstant());
            parts.addAll(List.of(keyset));
            return Cursor.encode(parts.toArray());
        }
    }

    /** A page of a pass: its window, and the list's keyset values from the cursor (null on the first page). */
    public record Position(Window window, List<String> after) {
    }

    /**
     * The window and keyset position of a page in sync mode: from the cursor (which carries the horizon of the pass),
     * or, on the first page, a new horizon. {@code keysetParts} is the number of values the list itself puts in
     * its cursor; a cursor of another shape is a 422 on "cursor".
     */
    public Position open(OffsetDateTime since, String cursor, int keysetParts) {
        List<String> parts = Cursor.decode(cursor, keysetParts + 1);
        if (parts == null) {
            return new Position(new Window(since, horizon()), null);
        }
        OffsetDateTime horizon;
        try {
            horizon = Instant.parse(parts.get(0)).atOffset(ZoneOffset.UTC);
        } catch (RuntimeException e) {
            throw ProblemException.validation(List.of(new Problem.FieldError("cursor",
                    "is not a cursor of this list with updatedSince: use the nextCursor of the previous page, unchanged")));
        }
        return new Position(new Window(since, horizon), List.copyOf(parts.subList(1, parts.size())));
    }

    /** The horizon of a new pass (one cheap query on pg_stat_activity). */
    public OffsetDateTime horizon() {
        Object[] row = (Object[]) em.createNativeQuery(HORIZON_SQL).getSingleResult();
        OffsetDateTime now = SqlValues.offsetDateTime(row[0]);
        OffsetDateTime oldest = SqlValues.offsetDateTime(row[1]);
        long hidden = ((Number) row[2]).longValue();
        if (hidden > 0) {
            warnHidden(hidden);
        }
        OffsetDateTime h = oldest != null && oldest.isBefore(now) ? oldest : now;
        return h.minus(margin).withOffsetSameInstant(ZoneOffset.UTC);
    }

    private void warnHidden(long hidden) {
        long now = System.currentTimeMillis();
        long last = lastHiddenWarning.get();
        if (now - last >= HIDDEN_WARNING_EVERY_MS && lastHiddenWarning.compareAndSet(last, now)) {
            LOG.warnf("Sync horizon: %d session(s) of other database roles are hidden from this role in pg_stat_activity. "
                    + "If they write Maillon records, an open transaction of theirs cannot hold the horizon back and a "
                    + "synchronizing client could miss its changes. Grant pg_read_all_stats (or pg_monitor) to the API's "
                    + "role (docs/sync.md).", hidden);
        }
    }
}
