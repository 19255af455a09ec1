package quebec.maillon.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Plain JDBC sessions of the test database, independent of the API's pool: another writer (a second API instance, a
 * script, a person at psql) as the database sees it.
 */
public final class Db {

    private Db() {
    }

    /** A new session of the API's role, in autocommit mode. */
    public static Connection connect() {
        var config = ConfigProvider.getConfig();
        try {
            return DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url", String.class),
                    config.getValue("quarkus.datasource.username", String.class),
                    config.getValue("quarkus.datasource.password", String.class));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs a statement on a session; returns the update count. */
    public static int update(Connection c, String sql, Object... params) {
        try (PreparedStatement st = c.prepareStatement(sql)) {
            bind(st, params);
            return st.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs a statement in a session of its own. */
    public static int update(String sql, Object... params) {
        try (Connection c = connect()) {
            return update(c, sql, params);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The rows of a query, each as column → value (timestamps as UTC OffsetDateTime). */
    public static List<Map<String, Object>> rows(Connection c, String sql, Object... params) {
        try (PreparedStatement st = c.prepareStatement(sql)) {
            bind(st, params);
            List<Map<String, Object>> rows = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                int n = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int i = 1; i <= n; i++) {
                        Object v = rs.getObject(i);
                        if (v instanceof java.sql.Timestamp) {
                            v = rs.getObject(i, OffsetDateTime.class).withOffsetSameInstant(ZoneOffset.UTC);
                        }
                        row.put(rs.getMetaData().getColumnLabel(i), v);
                    }
                    rows.add(row);
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public static List<Map<String, Object>> rows(String sql, Object... params) {
        try (Connection c = connect()) {
            return rows(c, sql, params);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Map<String, Object> row(String sql, Object... params) {
        List<Map<String, Object>> rows = rows(sql, params);
        if (rows.size() != 1) {
            throw new IllegalStateException(rows.size() + " rows for " + sql);
        }
        return rows.get(0);
    }

    private static void bind(PreparedStatement st, Object... params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            st.setObject(i + 1, params[i]);
        }
    }
}
