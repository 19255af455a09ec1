package quebec.maillon.concertation;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SupportingOrganizerInput", description = "An organizer's support of a concertation place.")
public record SupportingOrganizerInput(
        @Schema(description = "The organizer (directory id, active, same establishment): required to add; on PUT absent or "
                + "the one of the path.", examples = "60000000-0000-4000-8000-000000000002") UUID organizerId,
        @NotNull @Schema(description = "FACILITATION, ADVICE, MEMBER or COORDINATION.", examples = "ADVICE") ConcertationOrganizer.Role role,
        @Schema(examples = "2026-09-01") LocalDate since) {
}
