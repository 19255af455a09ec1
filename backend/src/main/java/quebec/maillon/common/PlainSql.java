package quebec.maillon.common;

import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.Session;

/**
 * Reads of ids in plain JDBC on the session's connection (same transaction), for the statements a list runs before
 * its page (an organizer's co-organized interventions…). Hibernate's native queries with a result class were not
 * reused from its query plan cache: every call built the plan again and put it in the cache (under the load mix,
 * more CPU than the statement itself).
 */
public final class PlainSql {

    private PlainSql() {
    }

    /** The uuid of the first column of each row of {@code sql}, its {@code ?} bound to {@code parameters} in order. */
    public static List<UUID> uuids(EntityManager em, String sql, Object... parameters) {
        List<UUID> result = new ArrayList<>();
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement ps = connection.prepareStatement(sql)) {
                for (int i = 0; i < parameters.length; i++) {
                    ps.setObject(i + 1, parameters[i]);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        result.add((UUID) rs.getObject(1));
                    }
                }
            }
        });
        return result;
    }
}
