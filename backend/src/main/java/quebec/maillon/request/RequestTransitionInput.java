package quebec.maillon.request;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RequestTransitionInput", description = "Moves a request to another status.")
public record RequestTransitionInput(
        @NotNull @Schema(description = "The new status.", examples = "ACCEPTED") RequestStatus to,
        @Schema(description = "Lead organizer: required to accept (active, of the establishment, working in the request's "
                + "territory); only with ACCEPTED.", examples = "60000000-0000-4000-8000-000000000001") UUID organizerId,
        @Schema(description = "Code of the list refusal-reasons: required to refuse; only with REFUSED.", examples = "RECREATIONAL_ONLY")
        String reasonCode,
        @Size(max = 4000) @Schema(description = "Why, in a few words (kept in the history).", examples = "Priorité élevée; Marie prend le dossier.")
        String note) {
}
