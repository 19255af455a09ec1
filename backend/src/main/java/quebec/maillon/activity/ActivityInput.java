package quebec.maillon.activity;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ActivityInput", description = "An activity to record, or its new content (PUT replaces every field). "
        + "Exactly one of interventionId and concertationId (under /interventions/{id}/activities or "
        + "/concertations/{id}/activities the parent comes from the path and may be omitted).")
public record ActivityInput(
        @NotNull @Schema(description = "The day of the work: today or before (Québec calendar).", examples = "2026-10-14") LocalDate occurredOn,
        @NotNull @Min(value = 1, message = "must be more than 0 minutes") @Max(value = 1440, message = "must be at most 1440 minutes (one day)")
        @Schema(description = "Minutes, 1 to 1440.", examples = "120") Integer durationMinutes,
        @Schema(description = "Who did it (directory id). Default: the caller's own entry. Organizers record only their own "
                + "activities; managers may name another organizer; machine clients must name one.",
                examples = "60000000-0000-4000-8000-000000000001") UUID organizerId,
        @NotEmpty(message = "must name at least one professional act") @Size(max = 11)
        @Schema(description = "professional-acts codes, one or more.", examples = "[\"FACILITATE\"]") List<@NotBlank String> acts,
        @Size(max = 10000) @Schema(examples = "Rencontre de travail avec la direction.") String notes,
        @Min(0) @Max(100000) @Schema(description = "Number of participants, when it applies.", examples = "8") Integer participants,
        @Schema(description = "The intervention it is for.", examples = "30000000-0000-4000-8000-000000000052") UUID interventionId,
        @Schema(description = "The concertation it is for.") UUID concertationId) {
}
