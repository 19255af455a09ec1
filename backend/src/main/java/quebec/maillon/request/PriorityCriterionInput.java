package quebec.maillon.request;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PriorityCriterionInput", description = "A priority criterion as set by the establishment's admin.")
public record PriorityCriterionInput(
        @NotBlank @Pattern(regexp = "[A-Z][A-Z0-9_]{1,63}", message = "must be UPPER_SNAKE_CASE (2 to 64 characters)")
        @Schema(examples = "DISADVANTAGED_POPULATIONS") String code,
        @NotBlank @Size(max = 200) @Schema(examples = "Rejoint des populations désavantagées") String labelFr,
        @NotBlank @Size(max = 200) @Schema(examples = "Reaches disadvantaged populations") String labelEn,
        @NotNull @Min(0) @Max(10) @Schema(description = "0 to 10.", examples = "3") Integer weight,
        @Schema(description = "False to stop scoring it (default true).", examples = "true") Boolean active) {
}
