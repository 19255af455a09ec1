package quebec.maillon.reference;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "LabelledCode", description = "A stable code with its French and English labels.")
public record LabelledCode(
        @Schema(description = "Stable identifier.", examples = "LAN-JOLIETTE") String code,
        @Schema(description = "French label.", examples = "Joliette") String labelFr,
        @Schema(description = "English label.", examples = "Joliette") String labelEn) {
}
