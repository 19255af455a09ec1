package quebec.maillon.concertation;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "MemberInput", description = "A membership: an organization of the caller's establishment, its role and dates.")
public record MemberInput(
        @NotNull @Schema(examples = "10000000-0000-4000-8000-000000000004") UUID organizationId,
        @Size(max = 200) @Schema(examples = "Membre") String role,
        @NotNull @Schema(examples = "2025-09-01") LocalDate joinedOn,
        @Schema(description = "When it left (not before joinedOn).") LocalDate leftOn) {
}
