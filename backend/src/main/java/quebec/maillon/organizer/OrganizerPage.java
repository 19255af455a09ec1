package quebec.maillon.organizer;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import quebec.maillon.common.SyncPage;

@Schema(name = "OrganizerPage", description = "A page of organizers: sorted by name, or with `updatedSince` by `updatedAt` then `id`.")
public class OrganizerPage extends SyncPage<OrganizerDto> {

    public OrganizerPage(java.util.List<OrganizerDto> items, String nextCursor, java.time.OffsetDateTime nextUpdatedSince) {
        super(items, nextCursor, nextUpdatedSince);
    }
}
