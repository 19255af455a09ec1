package quebec.maillon.support;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Test-data builder with plain SQL: records that other features own (organizations), and reads of what the API wrote
 * (audit entries, counts). Each test makes its own records, so that tests run in any order on the shared database.
 */
@ApplicationScoped
public class TestData {

    /** Demo ids used by the tests (db/demo). */
    public static final String MARIE = "60000000-0000-4000-8000-000000000001";
    public static final String JULIEN = "60000000-0000-4000-8000-000000000002";
    public static final String SOPHIE = "60000000-0000-4000-8000-000000000003";
    public static final String ERIC = "60000000-0000-4000-8000-000000000004";
    public static final String AMELIE = "60000000-0000-4000-8000-000000000011";
    public static final String ORG_JOLIETTE = "10000000-0000-4000-8000-000000000001";
    public static final String ORG_MUNICIPALITY = "10000000-0000-4000-8000-000000000003";
    public static final String ORG_SCHOOL = "10000000-0000-4000-8000-000000000004";
    public static final String ORG_NIM = "10000000-0000-4000-8000-000000000009";
    public static final String CONCERTATION_JOLIETTE = "40000000-0000-4000-8000-000000000001";
    public static final String CONCERTATION_NIM = "40000000-0000-4000-8000-000000000005";
    public static final String INTERVENTION_NIM = "30000000-0000-4000-8000-000000000057";

    @Inject
    AgroalDataSource ds;

    /** A new organization (the organization feature's table), returned by id. */
    public String organization(String establishment, String type, String territory, String name) {
        UUID id = UUID.randomUUID();
        exec("INSERT INTO organization (id, establishment_code, type_code, name, territory_code) VALUES (?, ?, ?, ?, ?)",
                id, establishment, type, name, territory);
        return id.toString();
    }

    /** The audit actions recorded for a record, oldest first. */
    public List<String> auditActions(String recordType, Object recordId) {
        List<String> actions = new ArrayList<>();
        query("SELECT action FROM audit_entry WHERE record_type = ? AND record_id = ? ORDER BY id",
                rs -> actions.add(rs.getString(1)), recordType, String.valueOf(recordId));
        return actions;
    }

    /** A single number from SQL; pass ids as java.util.UUID (or cast in the SQL). */
    public long count(String sql, Object... params) {
        long[] result = new long[1];
        query(sql, rs -> result[0] = rs.getLong(1), params);
        return result[0];
    }

    public void exec(String sql, Object... params) {
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, params);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    interface Row {
        void accept(ResultSet rs) throws SQLException;
    }

    private void query(String sql, Row row, Object... params) {
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, params);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    row.accept(rs);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void bind(PreparedStatement ps, Object... params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            Object p = params[i];
            ps.setObject(i + 1, p);
        }
    }
}
