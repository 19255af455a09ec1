package quebec.maillon.reference;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ReferenceList", description = "The entries of one reference list.")
public record ReferenceListDto(
        @Schema(description = "The list's identifier.", examples = "determinants") String kind,
        @Schema(description = "French name of the list.", examples = "Déterminants de la santé") String labelFr,
        @Schema(description = "English name of the list.", examples = "Determinants of health") String labelEn,
        List<ReferenceItemDto> items) {
}
