package quebec.maillon.common;

import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hibernate.Session;

/**
 * What a page of records shows besides their own columns (codes of their collections, names of the records they
 * point to), read in one plain SQL statement on the session's connection: one round trip per page, whatever the
 * number of collections, and no Hibernate collection to initialize. The statement selects rows of (key, part, value,
 * name, extra); its parameters are named uuid[] arrays ({@code = ANY (:ids)}): {@code :ids} the records of the page,
 * other names the distinct records they point to (their organizers, organizations, parents), so that a name shared by
 * the whole page is read once and the page's own rows are not read a second time. The answer groups the rows by key
 * (the record, or the record pointed to) and part.
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

    private static final Pattern PARAMETER = Pattern.compile("(?<!:):([a-z][A-Za-z]*)\\b");

    /** A statement of parts: its SQL with JDBC placeholders, and the name of the id array bound to each. */
    public record Query(String sql, List<String> parameters) {

        /** {@code sql} with named parameters ({@code :ids}, {@code :organizers}…), each a uuid[]. */
        public static Query of(String sql) {
            Matcher m = PARAMETER.matcher(sql);
            List<String> names = new ArrayList<>();
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                names.add(m.group(1));
                m.appendReplacement(out, "?::uuid[]");
            }
            m.appendTail(out);
            return new Query(out.toString(), List.copyOf(names));
        }
    }

    /**
     * Runs {@code query} with each named parameter bound to its ids (nulls and repeats dropped); nothing when the page
     * ({@code ids}) is empty. Plain JDBC on the session's connection: inside a write's transaction, the session's
     * pending inserts (a new activity's acts, a new request's codes) are flushed first so that the answer shows them.
     */
    public static PageParts read(EntityManager em, Query query, Map<String, ? extends Collection<UUID>> arrays) {
        PageParts result = new PageParts();
        Collection<UUID> page = arrays.get("ids");
        if (page == null || page.isEmpty()) {
            return result;
        }
        Session session = em.unwrap(Session.class);
        if (session.isJoinedToTransaction()) {
            session.flush();
        }
        session.doWork(connection -> {
            Map<String, String> bound = new HashMap<>();
            try (PreparedStatement ps = connection.prepareStatement(query.sql())) {
                int i = 1;
                for (String name : query.parameters()) {
                    Collection<UUID> values = arrays.get(name);
                    if (values == null) {
                        throw new IllegalArgumentException("no ids for :" + name);
                    }
                    ps.setString(i++, bound.computeIfAbsent(name, k -> arrayLiteral(values)));
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        result.parts.computeIfAbsent((UUID) rs.getObject(1), k -> new HashMap<>())
                                .computeIfAbsent(rs.getString(2), k -> new ArrayList<>())
                                .add(new Part(rs.getString(3), rs.getString(4), rs.getString(5)));
                    }
                }
            }
        });
        return result;
    }

    /**
     * The ids as an array literal ({@code {id,id}}, nulls and repeats dropped), cast to uuid[] in the statement: the
     * driver's own array encoding (createArrayOf) escapes each character of each id and cost ~2.5 % of the API's CPU
     * under the load mix.
     */
    static String arrayLiteral(Collection<UUID> values) {
        StringBuilder out = new StringBuilder(2 + values.size() * 37).append('{');
        for (UUID id : new LinkedHashSet<>(values)) {
            if (id != null) {
                if (out.length() > 1) {
                    out.append(',');
                }
                out.append(id);
            }
        }
        return out.append('}').toString();
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
