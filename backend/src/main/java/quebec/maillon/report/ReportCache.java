package quebec.maillon.report;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The figures of reports already computed, served again while the data they count has not changed: exact, not a
 * time-to-live. Every report first reads the versions of its data (table report_version, V10: one per establishment
 * and financial year for the records counted by date, one per establishment for the records that count in every year,
 * one for everything), changed by triggers in the same transaction as any change of that data. An entry is served
 * only when the versions read now are the ones read before it was computed; versions are read before the figures, so
 * an entry can only be older than its versions say, never newer. Each API instance has its own entries and checks them
 * against the database, so several instances stay exact.
 *
 * <p>Only the figures are kept (they cost the SQL); labels, names and the press sentence are read and built at every
 * request. {@code maillon.reports.cache=false} turns it off (the report benchmark measures the SQL every time).
 */
@ApplicationScoped
public class ReportCache {

    /** Entries kept at most; beyond, the cache starts over (a few per establishment, period and report in practice). */
    static final int MAX_ENTRIES = 5000;

    @ConfigProperty(name = "maillon.reports.cache", defaultValue = "true")
    boolean enabled;

    private final Map<Key, Entry> entries = new ConcurrentHashMap<>();
    private final AtomicLong hits = new AtomicLong();
    private final AtomicLong misses = new AtomicLong();

    /** Which figures of which scope. */
    record Key(ReportScope scope, String figures) {
    }

    private record Entry(String versions, Object value) {
    }

    /** Computes figures; may throw SQLException. */
    @FunctionalInterface
    interface Computation<T> {
        T compute() throws SQLException;
    }

    /**
     * The versions of the data of a scope, to read once per request before any figure ({@code null} when the cache
     * is off): its establishment's every-year version and the versions of the financial years the period touches.
     */
    String versions(Connection c, ReportScope scope) throws SQLException {
        if (!enabled) {
            return null;
        }
        StringBuilder v = new StringBuilder();
        try (PreparedStatement ps = c.prepareStatement("SELECT establishment_code, fy, version FROM report_version "
                + "WHERE establishment_code = '*' OR (establishment_code = ? AND (fy = 0 OR fy BETWEEN ? AND ?)) "
                + "ORDER BY establishment_code, fy")) {
            ps.setString(1, scope.establishment());
            ps.setInt(2, financialYear(scope.from()));
            ps.setInt(3, financialYear(scope.to()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    v.append(rs.getString(1)).append(':').append(rs.getInt(2)).append('=').append(rs.getLong(3)).append(';');
                }
            }
        }
        return v.toString();
    }

    /** The figures of the entry when its versions are {@code versions}; otherwise computed now and kept. */
    @SuppressWarnings("unchecked")
    <T> T get(ReportScope scope, String figures, String versions, Computation<T> computation) throws SQLException {
        if (versions == null) {
            return computation.compute();
        }
        Key key = new Key(scope, figures);
        Entry entry = entries.get(key);
        if (entry != null && entry.versions().equals(versions)) {
            hits.incrementAndGet();
            return (T) entry.value();
        }
        misses.incrementAndGet();
        T value = computation.compute();
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear();
        }
        entries.put(key, new Entry(versions, value));
        return value;
    }

    /** Figures served from an entry since the start. */
    long hits() {
        return hits.get();
    }

    /** Figures computed since the start (no entry, or its data changed). */
    long misses() {
        return misses.get();
    }

    /** The financial year of a day: the year of the April 1st that starts it (as report_touch in V10). */
    static int financialYear(LocalDate day) {
        return day.getMonthValue() < 4 ? day.getYear() - 1 : day.getYear();
    }
}
