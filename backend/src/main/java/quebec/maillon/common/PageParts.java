package quebec.maillon.common;

import jakarta.persistence.EntityManager;
import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.Session;

/**
 * What a page of records shows besides their own columns (codes of their collections, names of the records they
 * point to), read in one plain SQL statement on the session's connection: one round trip per page, whatever the
 * number of collections, and no Hibernate collection to initialize. The statement selects rows of (record id, part,
 * value, name, extra) for the ids bound to each of its parameters, a uuid[] ({@code = ANY (?)}); the answer groups
 * them by record and part.
 *
 * <p>Read after the writes of the request are flushed (the DTOs of a write are built once its transaction
 * committed), so the rows are the record's current state.
 */
public final class PageParts {

    /** One row: a value of a part of a record, with its name and an extra column when the part has them. */
    public record Part(String value, String name, String extra) {
    }

    private final Map<UUID, Map<String, List<Part>>> parts = new HashMap<>();

    private PageParts() {
    }

    /** A statement of parts and the number of its parameters (each bound to the ids). */
    public record Query(String sql, int parameters) {

        public static Query of(String sql) {
            return new Query(sql, (int) sql.chars().filter(c -> c == '?').count());
        }
    }

    /** Runs {@code query} for {@code ids} (nothing when there are none). */
    public static PageParts read(EntityManager em, Query query, Collection<UUID> ids) {
        PageParts result = new PageParts();
        if (ids.isEmpty()) {
            return result;
        }
        em.unwrap(Session.class).doWork(connection -> {
            Array array = connection.createArrayOf("uuid", ids.toArray());
            try (PreparedStatement ps = connection.prepareStatement(query.sql())) {
                for (int i = 1; i <= query.parameters(); i++) {
                    ps.setArray(i, array);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        result.parts.computeIfAbsent((UUID) rs.getObject(1), k -> new HashMap<>())
                                .computeIfAbsent(rs.getString(2), k -> new ArrayList<>())
                                .add(new Part(rs.getString(3), rs.getString(4), rs.getString(5)));
                    }
                }
            } finally {
                array.free();
            }
        });
        return result;
    }

    /** The rows of one part of a record (empty when it has none). */
    public List<Part> of(UUID id, String part) {
        Map<String, List<Part>> byPart = parts.get(id);
        if (byPart == null) {
            return List.of();
        }
        return byPart.getOrDefault(part, List.of());
    }

    /** The values of one part of a record. */
    public List<String> values(UUID id, String part) {
        return of(id, part).stream().map(Part::value).toList();
    }

    /** The name on the first row of a part (a record's single reference: its lead organizer, its organization). */
    public String name(UUID id, String part) {
        List<Part> rows = of(id, part);
        return rows.isEmpty() ? null : rows.get(0).name();
    }
}
