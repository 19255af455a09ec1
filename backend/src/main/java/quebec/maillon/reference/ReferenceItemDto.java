package quebec.maillon.reference;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ReferenceItem", description = "One entry of a reference list.")
public record ReferenceItemDto(
        @Schema(description = "Stable identifier (UPPER_SNAKE_CASE; territory codes are like LAN-JOLIETTE).", examples = "FOOD_SECURITY")
        String code,
        @Schema(description = "French label.", examples = "Sécurité alimentaire") String labelFr,
        @Schema(description = "English label.", examples = "Food security") String labelEn,
        @Schema(description = "Position in the list's own order.", examples = "6") int sortOrder,
        @Schema(description = "False for an entry kept for history but no longer offered for new records.", examples = "true")
        boolean active) {
}
