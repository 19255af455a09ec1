package quebec.maillon.intervention;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "InterventionTransition", description = "One change of status of an intervention: who, when, from, to, why.")
public record TransitionDto(
        @Schema(examples = "12") long id,
        @Schema(description = "Absent for the opening.", examples = "ACTIVE") Intervention.Status fromStatus,
        @Schema(examples = "CLOSED") Intervention.Status toStatus,
        OffsetDateTime occurredAt,
        @Schema(examples = "Sophie Lavoie") String actorName,
        @Schema(examples = "Objectifs atteints.") String note,
        @Schema(description = "Closing transitions: the closing date.") LocalDate closedOn,
        @Schema(description = "Closing transitions: the closing summary (bilan) given then.") String closingSummary) {
}
