package quebec.maillon.concertation;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ActionPlanItemInput", description = "An objective of the action plan.")
public record ActionPlanItemInput(
        @NotBlank @Size(max = 1000) @Schema(examples = "Mettre sur pied un réseau de frigos communautaires") String objective,
        @Size(max = 200) @Schema(examples = "Comité frigos") String responsible,
        @Schema(examples = "2027-06-30") LocalDate dueOn,
        @Schema(description = "PLANNED (default), IN_PROGRESS, DONE or ABANDONED.", examples = "PLANNED") ActionPlanItem.State state,
        @Min(0) @Schema(description = "Order in the plan (default: after the last item).", examples = "4") Integer position) {
}
