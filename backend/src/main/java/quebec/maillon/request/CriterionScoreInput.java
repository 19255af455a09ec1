package quebec.maillon.request;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CriterionScoreInput", description = "The score of one priority criterion.")
public record CriterionScoreInput(
        @NotBlank @Schema(description = "Code of an active priority criterion of the establishment.", examples = "DISADVANTAGED_POPULATIONS")
        String criterion,
        @NotNull @Min(0) @Max(3) @Schema(description = "0 (not at all) to 3 (fully).", examples = "3") Integer score) {
}
