package quebec.maillon.intervention;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import quebec.maillon.common.SyncPage;

@Schema(name = "InterventionPage", description = "A page of interventions: the most recently opened first, or with `updatedSince` by `updatedAt` then `id`.")
public class InterventionPage extends SyncPage<InterventionDto> {

    public InterventionPage(List<InterventionDto> items, String nextCursor, java.time.OffsetDateTime nextUpdatedSince) {
        super(items, nextCursor, nextUpdatedSince);
    }
}
