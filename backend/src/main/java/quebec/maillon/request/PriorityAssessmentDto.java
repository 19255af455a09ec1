package quebec.maillon.request;

import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PriorityAssessment", description = "One priority assessment: total = Σ weight × score, max = Σ weight × 3; "
        + "HIGH when total ≥ 2/3 of max, MEDIUM when total ≥ 1/3 of max, LOW otherwise.")
public record PriorityAssessmentDto(
        @Schema(examples = "7") long id,
        OffsetDateTime assessedAt,
        @Schema(examples = "Sophie Lavoie") String actorName,
        @Schema(examples = "30") int totalScore,
        @Schema(examples = "39") int maxScore,
        PriorityLevel level,
        String note,
        List<CriterionScore> scores) {

    static PriorityAssessmentDto of(PriorityAssessment a) {
        return new PriorityAssessmentDto(a.id, a.assessedAt, a.actorName, a.totalScore, a.maxScore, a.level, a.note,
                a.scores.stream().map(s -> new CriterionScore(s.criterionCode, s.weight, s.score)).toList());
    }
}
