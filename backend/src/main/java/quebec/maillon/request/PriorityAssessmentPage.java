package quebec.maillon.request;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import quebec.maillon.common.Page;

@Schema(name = "PriorityAssessmentPage", description = "Every priority assessment of a request, oldest first; the last is "
        + "the current one (no further page).")
public class PriorityAssessmentPage extends Page<PriorityAssessmentDto> {

    public PriorityAssessmentPage(java.util.List<PriorityAssessmentDto> items) {
        super(items, null);
    }
}
