package quebec.maillon.request;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The life cycle of a request, and the transitions it allows:
 * <pre>
 * RECEIVED       → UNDER_ANALYSIS, WITHDRAWN
 * UNDER_ANALYSIS → ACCEPTED, WAITLISTED, REFUSED, WITHDRAWN
 * WAITLISTED     → ACCEPTED, REFUSED, WITHDRAWN
 * ACCEPTED, REFUSED, WITHDRAWN: final
 * </pre>
 */
@Schema(name = "RequestStatus", description = "Status of a request: RECEIVED → UNDER_ANALYSIS → ACCEPTED | WAITLISTED | "
        + "REFUSED | WITHDRAWN; WAITLISTED → ACCEPTED | REFUSED | WITHDRAWN; RECEIVED → WITHDRAWN. ACCEPTED, REFUSED and "
        + "WITHDRAWN are final.")
public enum RequestStatus {
    RECEIVED, UNDER_ANALYSIS, ACCEPTED, WAITLISTED, REFUSED, WITHDRAWN;

    private static final Map<RequestStatus, Set<RequestStatus>> NEXT = Map.of(
            RECEIVED, EnumSet.of(UNDER_ANALYSIS, WITHDRAWN),
            UNDER_ANALYSIS, EnumSet.of(ACCEPTED, WAITLISTED, REFUSED, WITHDRAWN),
            WAITLISTED, EnumSet.of(ACCEPTED, REFUSED, WITHDRAWN),
            ACCEPTED, EnumSet.noneOf(RequestStatus.class),
            REFUSED, EnumSet.noneOf(RequestStatus.class),
            WITHDRAWN, EnumSet.noneOf(RequestStatus.class));

    /** The statuses this one may move to, in declaration order. */
    public Set<RequestStatus> next() {
        return NEXT.get(this);
    }

    /** Decisions belong to managers. */
    public boolean isDecision() {
        return this == ACCEPTED || this == WAITLISTED || this == REFUSED;
    }

    /** While open, the request's intake and assessments may still change. */
    public boolean isOpen() {
        return this == RECEIVED || this == UNDER_ANALYSIS || this == WAITLISTED;
    }
}
