package quebec.maillon.concertation;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "MeetingInput", description = "A meeting: date, place, attendance and decisions.")
public record MeetingInput(
        @NotNull @Schema(examples = "2026-11-12") LocalDate heldOn,
        @Size(max = 300) @Schema(examples = "Centre communautaire, Joliette") String place,
        @Min(0) @Max(10000) @Schema(description = "Number of people present.", examples = "12") Integer attendance,
        @Size(max = 10000) @Schema(examples = "Lancement du comité de travail sur les frigos communautaires.") String decisions) {
}
