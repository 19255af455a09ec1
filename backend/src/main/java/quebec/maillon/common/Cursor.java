package quebec.maillon.common;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

/**
 * Opaque keyset cursors: the sort key of the last record of a page, base64url-encoded. A cursor that cannot be
 * read is a 422 on the parameter "cursor".
 */
public final class Cursor {

    /**
     * Query hint for the rows of a page: they are only read to build the page, so Hibernate loads them read-only (no
     * snapshot of their state, never dirty-checked).
     */
    public static final String READ_ONLY = org.hibernate.jpa.HibernateHints.HINT_READ_ONLY;

    private static final String SEPARATOR = "\u001f";

    private Cursor() {
    }

    public static String encode(Object... parts) {
        String joined = String.join(SEPARATOR, Arrays.stream(parts).map(String::valueOf).toList());
        return Base64.getUrlEncoder().withoutPadding().encodeToString(joined.getBytes(StandardCharsets.UTF_8));
    }

    /** The parts of a cursor, or null when there is none; 422 when it is not one of ours. */
    public static List<String> decode(String cursor, int parts) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        try {
            String joined = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            List<String> values = Arrays.asList(joined.split(SEPARATOR, -1));
            if (values.size() != parts) {
                throw invalid();
            }
            return values;
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
    }

    private static ProblemException invalid() {
        return ProblemException.validation(List.of(new Problem.FieldError("cursor",
                "is not a cursor of this list: use the nextCursor of the previous page, unchanged")));
    }

    /** Page size: 1..200, default 50. */
    public static int limit(Integer limit) {
        if (limit == null) {
            return 50;
        }
        if (limit < 1 || limit > 200) {
            throw ProblemException.validation(List.of(new Problem.FieldError("limit", "must be between 1 and 200")));
        }
        return limit;
    }
}
