package quebec.maillon.request;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import quebec.maillon.common.Page;

@Schema(name = "PriorityCriterionPage", description = "The priority criteria of the establishment, in their order (no further page).")
public class PriorityCriterionPage extends Page<PriorityCriterionDto> {

    public PriorityCriterionPage(java.util.List<PriorityCriterionDto> items) {
        super(items, null);
    }
}
