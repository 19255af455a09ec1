package quebec.maillon.intervention;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import quebec.maillon.common.Page;

@Schema(name = "InterventionPage", description = "A page of interventions, the most recently opened first.")
public class InterventionPage extends Page<InterventionDto> {

    public InterventionPage(List<InterventionDto> items, String nextCursor) {
        super(items, nextCursor);
    }
}
