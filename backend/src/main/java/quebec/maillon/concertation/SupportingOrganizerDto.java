package quebec.maillon.concertation;

import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SupportingOrganizer", description = "An organizer who supports a concertation place, and their role there.")
public record SupportingOrganizerDto(
        @Schema(examples = "60000000-0000-4000-8000-000000000001") UUID organizerId,
        @Schema(examples = "Marie Tremblay") String name,
        @Schema(examples = "FACILITATION") ConcertationOrganizer.Role role,
        @Schema(examples = "2024-09-01") LocalDate since,
        @Schema(description = "Version: send it as If-Match (\"0\") to change or remove this role.", examples = "0") long version) {
}
