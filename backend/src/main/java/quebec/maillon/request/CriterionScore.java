package quebec.maillon.request;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CriterionScore", description = "A criterion's score in an assessment, with the weight it had then.")
public record CriterionScore(
        @Schema(examples = "DISADVANTAGED_POPULATIONS") String criterion,
        @Schema(examples = "3") int weight,
        @Schema(description = "0 to 3.", examples = "2") int score) {
}
