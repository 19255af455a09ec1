package quebec.maillon.intervention;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "InterventionTransitionInput", description = "A change of status. Allowed: PLANNED → ACTIVE | CLOSED; "
        + "ACTIVE → ON_HOLD | CLOSED; ON_HOLD → ACTIVE | CLOSED; CLOSED → ACTIVE (re-opening, a note is required). "
        + "Closing needs a closing summary and at least one activity recorded on the intervention.")
public record TransitionInput(
        @NotNull @Schema(description = "The new status.", examples = "CLOSED") Intervention.Status to,
        @Size(max = 2000) @Schema(description = "Why; required to re-open.", examples = "Objectifs atteints.") String note,
        @Size(max = 10000) @Schema(description = "Closing summary (bilan): required when closing, ignored otherwise.",
                examples = "Le plan d'action a été adopté par le conseil d'administration.") String closingSummary,
        @Schema(description = "Closing date (default today, Québec time): not before the opening date nor in the future; "
                + "closing only.") LocalDate closedOn) {
}
