package quebec.maillon.request;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Eligibility", description = "The eligibility assessment of a request (absent until assessed).")
public record EligibilityDto(
        @Schema(examples = "true") boolean eligibleRequester,
        @Schema(examples = "true") boolean eligibleHealthField,
        @Schema(examples = "true") boolean notReligious,
        @Schema(examples = "true") boolean notPoliticalParty,
        @Schema(examples = "true") boolean notSolelyRecreational,
        @Schema(description = "True when every criterion is met.", examples = "true") boolean eligible,
        @Schema(description = "Refusal reasons (refusal-reasons codes) matching the failed criteria: refusing this request "
                + "needs one of them. Empty when eligible.", examples = "[]") List<String> matchingRefusalReasons,
        String note,
        OffsetDateTime assessedAt) {

    /** The refusal reason of each eligibility criterion, in the order of seed 003. */
    static final Map<String, String> REASONS = reasons();

    private static Map<String, String> reasons() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("eligibleRequester", "REQUESTER_NOT_ADMISSIBLE");
        m.put("eligibleHealthField", "OUTSIDE_HEALTH_FIELD");
        m.put("notReligious", "RELIGIOUS");
        m.put("notPoliticalParty", "POLITICAL_PARTY");
        m.put("notSolelyRecreational", "RECREATIONAL_ONLY");
        return m;
    }

    /** The refusal reasons of the failed criteria (empty when eligible or not assessed). */
    static List<String> failedReasons(ServiceRequest r) {
        List<String> failed = new ArrayList<>();
        if (r.eligibilityAssessedAt == null) {
            return failed;
        }
        if (Boolean.FALSE.equals(r.eligibleRequester)) {
            failed.add(REASONS.get("eligibleRequester"));
        }
        if (Boolean.FALSE.equals(r.eligibleHealthField)) {
            failed.add(REASONS.get("eligibleHealthField"));
        }
        if (Boolean.FALSE.equals(r.notReligious)) {
            failed.add(REASONS.get("notReligious"));
        }
        if (Boolean.FALSE.equals(r.notPoliticalParty)) {
            failed.add(REASONS.get("notPoliticalParty"));
        }
        if (Boolean.FALSE.equals(r.notSolelyRecreational)) {
            failed.add(REASONS.get("notSolelyRecreational"));
        }
        return failed;
    }

    static EligibilityDto of(ServiceRequest r) {
        if (r.eligibilityAssessedAt == null) {
            return null;
        }
        List<String> failed = failedReasons(r);
        return new EligibilityDto(Boolean.TRUE.equals(r.eligibleRequester), Boolean.TRUE.equals(r.eligibleHealthField),
                Boolean.TRUE.equals(r.notReligious), Boolean.TRUE.equals(r.notPoliticalParty),
                Boolean.TRUE.equals(r.notSolelyRecreational), failed.isEmpty(), failed, r.eligibilityNote,
                r.eligibilityAssessedAt);
    }
}
