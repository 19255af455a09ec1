package quebec.maillon.report;

import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RequestFigures", description = "Service requests of the period. A request is decided on the date (Québec time) "
        + "of its first decision, the first transition to ACCEPTED, REFUSED or WAITLISTED; it is decided in exactly one period. "
        + "accepted + refused + waitlisted = decided (the outcome of that first decision: a request waitlisted and accepted "
        + "later counts as waitlisted). With a territory: the requests of that territory.")
public record RequestFiguresDto(
        @Schema(description = "Requests received in the period (received date).", examples = "58") long received,
        @Schema(description = "Requests whose first decision is dated in the period.", examples = "52") long decided,
        @Schema(description = "Of those, first decision ACCEPTED.", examples = "34") long accepted,
        @Schema(description = "Of those, first decision REFUSED.", examples = "6") long refused,
        @Schema(description = "Of those, first decision WAITLISTED.", examples = "12") long waitlisted,
        @Schema(description = "Median number of days from reception to first decision, for the requests decided in the period "
                + "(one decimal; null when none was decided).", examples = "9.5") BigDecimal medianDaysToDecision,
        @Schema(description = "The refused requests by refusal reason: every reason of the list, in its order (zeros included), "
                + "then NONE if some refusals carry no reason.") List<CountRowDto> refusalReasons) {
}
