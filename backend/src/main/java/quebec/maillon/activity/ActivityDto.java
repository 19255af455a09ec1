package quebec.maillon.activity;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import quebec.maillon.organizer.OrganizerRef;

@Schema(name = "Activity", description = "An entry of the activity journal: what an organizer did, on a date, for one "
        + "intervention or one concertation. Its ETag (header) is for If-Match.")
public record ActivityDto(
        @Schema(examples = "50000000-0000-4000-8000-000000000001") UUID id,
        @Schema(description = "The day of the work (Québec calendar).", examples = "2026-11-16") LocalDate occurredOn,
        @Schema(description = "Minutes, 1 to 1440.", examples = "90") int durationMinutes,
        @Schema(description = "Who did it.") OrganizerRef organizer,
        @Schema(description = "professional-acts codes, one or more.", examples = "[\"FACILITATE\", \"WRITE\"]") List<String> acts,
        @Schema(examples = "Animation de la rencontre du comité; rédaction du compte rendu.") String notes,
        @Schema(description = "Number of participants, when it applies.", examples = "12") Integer participants,
        @Schema(description = "The intervention it is for (or absent).", examples = "30000000-0000-4000-8000-000000000050") UUID interventionId,
        @Schema(description = "The concertation it is for (or absent).") UUID concertationId,
        @Schema(description = "Title of the intervention or name of the concertation, for display.",
                examples = "Soutien à la planification stratégique de la Soupe populaire de Joliette") String parentName,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {
}
