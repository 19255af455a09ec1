package quebec.maillon.concertation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ConcertationInput", description = "A concertation place, or its new content (PUT replaces every field). Members, "
        + "organizers, meetings and action-plan items are changed through their own sub-resources.")
public record ConcertationInput(
        @NotBlank @Size(max = 300) @Schema(examples = "Table jeunesse de Montcalm") String name,
        @NotBlank @Schema(description = "concertation-kinds code.", examples = "THEMATIC_TABLE") String kindCode,
        @Size(max = 20) @Schema(description = "concertation-themes codes.", examples = "[\"YOUTH\", \"SCHOOL_PERSEVERANCE\"]")
        List<@NotBlank String> themes,
        @NotNull @Schema(description = "LOCAL, MRC or REGIONAL.", examples = "MRC") Concertation.Scope scope,
        @Schema(description = "Territory code of the caller's establishment: required unless the scope is REGIONAL.",
                examples = "LAN-MONTCALM") String territoryCode,
        @Schema(description = "ACTIVE (default), INACTIVE or CLOSED.", examples = "ACTIVE") Concertation.Status status,
        @Size(max = 10000) @Schema(examples = "Regroupe les partenaires jeunesse de la MRC.") String description) {
}
