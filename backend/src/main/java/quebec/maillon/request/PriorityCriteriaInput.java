package quebec.maillon.request;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PriorityCriteriaInput", description = "The whole set of priority criteria of the establishment, in their "
        + "order. Criteria left out are deactivated (kept for the history of assessments), never deleted.")
public record PriorityCriteriaInput(
        @NotNull @Valid @Size(min = 1, max = 30) List<@NotNull PriorityCriterionInput> items) {
}
