package quebec.maillon.request;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PriorityCriterion", description = "A weighted priority criterion of the establishment.")
public record PriorityCriterionDto(
        @Schema(examples = "DISADVANTAGED_POPULATIONS") String code,
        @Schema(examples = "Rejoint des populations désavantagées") String labelFr,
        @Schema(examples = "Reaches disadvantaged populations") String labelEn,
        @Schema(description = "0 to 10.", examples = "3") int weight,
        @Schema(examples = "1") int sortOrder,
        @Schema(description = "Inactive criteria are kept for the history of assessments, and no longer scored.", examples = "true")
        boolean active) {

    static PriorityCriterionDto of(PriorityCriterion c) {
        return new PriorityCriterionDto(c.id.code(), c.labelFr, c.labelEn, c.weight, c.sortOrder, c.active);
    }
}
