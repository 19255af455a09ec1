package quebec.maillon.common;

import io.quarkus.panache.common.Parameters;
import java.util.List;

/**
 * Keyset (cursor) paging over a stable sort: builds the HQL condition "after the last record of the previous page"
 * for a list of sort keys, the last of which must be unique (the id).
 */
public final class Keyset {

    /** One sort key: an HQL expression and its direction. */
    public record Key(String expression, boolean descending) {

        public static Key asc(String expression) {
            return new Key(expression, false);
        }

        public static Key desc(String expression) {
            return new Key(expression, true);
        }
    }

    private Keyset() {
    }

    /** "k1, k2 desc, ..." for an ORDER BY clause. */
    public static String orderBy(List<Key> keys) {
        return String.join(", ", keys.stream().map(k -> k.expression() + (k.descending() ? " desc" : "")).toList());
    }

    /**
     * " and k1 >= :ks0 and ((k1 > :ks0) or (k1 = :ks0 and k2 > :ks1) ...)" with the cursor values bound as ks0, ks1,
     * ...; an empty string when there is no cursor (values null). The first condition follows from the second; it is
     * there for PostgreSQL, which can start an index scan at it (the disjunction alone cannot be an index bound).
     */
    public static String after(List<Key> keys, List<?> values, Parameters params) {
        if (values == null) {
            return "";
        }
        Key first = keys.get(0);
        StringBuilder sb = new StringBuilder(" and ").append(first.expression()).append(first.descending() ? " <= :ks0" : " >= :ks0")
                .append(" and (");
        for (int i = 0; i < keys.size(); i++) {
            if (i > 0) {
                sb.append(" or ");
            }
            sb.append('(');
            for (int j = 0; j < i; j++) {
                sb.append(keys.get(j).expression()).append(" = :ks").append(j).append(" and ");
            }
            Key k = keys.get(i);
            sb.append(k.expression()).append(k.descending() ? " < :ks" : " > :ks").append(i).append(')');
        }
        sb.append(')');
        for (int i = 0; i < keys.size(); i++) {
            params.and("ks" + i, values.get(i));
        }
        return sb.toString();
    }

    /**
     * The same condition for keys that are all ascending, as one row comparison " and (k1, k2) > (:ks0, :ks1)", which
     * PostgreSQL answers with a range scan of an index on (..., k1, k2): the sync order (updatedAt, id).
     */
    public static String afterRow(List<Key> keys, List<?> values, Parameters params) {
        if (values == null) {
            return "";
        }
        if (keys.stream().anyMatch(Key::descending)) {
            throw new IllegalArgumentException("a row comparison needs ascending keys");
        }
        StringBuilder left = new StringBuilder();
        StringBuilder right = new StringBuilder();
        for (int i = 0; i < keys.size(); i++) {
            left.append(i > 0 ? ", " : "").append(keys.get(i).expression());
            right.append(i > 0 ? ", " : "").append(":ks").append(i);
            params.and("ks" + i, values.get(i));
        }
        return " and (" + left + ") > (" + right + ")";
    }
}
