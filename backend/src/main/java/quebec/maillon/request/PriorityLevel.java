package quebec.maillon.request;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The priority level of a request from its weighted score: total = Σ weight × score, max = Σ weight × 3 over the
 * establishment's active criteria; HIGH when total ≥ 2/3 of max, MEDIUM when total ≥ 1/3 of max, LOW otherwise.
 */
@Schema(name = "PriorityLevel", description = "HIGH when the weighted total is at least 2/3 of the maximum, MEDIUM at "
        + "least 1/3, LOW otherwise.")
public enum PriorityLevel {
    HIGH, MEDIUM, LOW;

    public static PriorityLevel of(int total, int max) {
        if (max <= 0) {
            return LOW;
        }
        if (3L * total >= 2L * max) {
            return HIGH;
        }
        if (3L * total >= max) {
            return MEDIUM;
        }
        return LOW;
    }

    /** Sort rank: HIGH first. */
    public int rank() {
        return 3 - ordinal();
    }
}
