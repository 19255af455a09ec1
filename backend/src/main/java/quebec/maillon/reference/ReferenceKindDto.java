package quebec.maillon.reference;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ReferenceKind", description = "A reference list that /api/v1/reference/{kind} serves.")
public record ReferenceKindDto(
        @Schema(description = "The list's identifier, used in the path.", examples = "determinants") String kind,
        @Schema(description = "French name.", examples = "Déterminants de la santé") String labelFr,
        @Schema(description = "English name.", examples = "Determinants of health") String labelEn) {
}
