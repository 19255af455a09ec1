package quebec.maillon.request;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PriorityAssessmentInput", description = "A (re)assessment of a request's priority: one score per active "
        + "priority criterion of the establishment (GET /api/v1/priority-criteria).")
public record PriorityAssessmentInput(
        @NotNull @Valid @Size(max = 50) @Schema(description = "Every active criterion, each once.") List<@NotNull CriterionScoreInput> scores,
        @Size(max = 4000) @Schema(description = "Notes of the assessment.", examples = "Demande portée par des citoyens; aucun autre soutien sur le territoire.")
        String note) {
}
