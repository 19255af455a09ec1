package quebec.maillon.intervention;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "InterventionHistory", description = "Every change of status of an intervention, oldest first.")
public record InterventionHistory(List<TransitionDto> items) {
}
