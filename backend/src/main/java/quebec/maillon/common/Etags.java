package quebec.maillon.common;

/**
 * Optimistic locking over HTTP: a record's version is its ETag; updates must send it back in If-Match.
 * Missing If-Match → 428; a stale one → 412 (somebody else changed the record in between; nothing is written).
 */
public final class Etags {

    private Etags() {
    }

    public static jakarta.ws.rs.core.EntityTag tag(long version) {
        return new jakarta.ws.rs.core.EntityTag(Long.toString(version));
    }

    public static String of(long version) {
        return "\"" + version + "\"";
    }

    /** Checks If-Match against the current version; returns normally only when they are equal. */
    public static void check(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ProblemException(428, "precondition-required", "Precondition Required",
                    "This update needs an If-Match header with the record's ETag (read the record first).");
        }
        String value = ifMatch.trim();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        value = value.replace("\"", "");
        if (!value.equals(Long.toString(currentVersion))) {
            throw new ProblemException(412, "precondition-failed", "Precondition Failed",
                    "The record was changed by someone else since you read it (your version " + ifMatch
                            + ", current " + of(currentVersion) + "). Reload it and apply your change again.");
        }
    }
}
