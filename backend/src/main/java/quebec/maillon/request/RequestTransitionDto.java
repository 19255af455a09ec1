package quebec.maillon.request;

import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RequestTransition", description = "One step of a request's life cycle: who, when, from, to, why.")
public record RequestTransitionDto(
        @Schema(examples = "42") long id,
        @Schema(description = "Previous status; absent for the reception of the request.") RequestStatus from,
        RequestStatus to,
        OffsetDateTime occurredAt,
        @Schema(description = "Who made the change (person or system).", examples = "Sophie Lavoie") String actorName,
        @Schema(description = "Refusal reason code (REFUSED).", examples = "RECREATIONAL_ONLY") String reasonCode,
        @Schema(description = "Note given with the change.") String note) {

    static RequestTransitionDto of(RequestTransition t) {
        return new RequestTransitionDto(t.id, t.fromStatus, t.toStatus, t.occurredAt, t.actorName, t.reasonCode, t.note);
    }
}
