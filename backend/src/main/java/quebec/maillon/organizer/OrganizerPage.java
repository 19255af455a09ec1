package quebec.maillon.organizer;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import quebec.maillon.common.Page;

@Schema(name = "OrganizerPage", description = "A page of organizers, sorted by name.")
public class OrganizerPage extends Page<OrganizerDto> {

    public OrganizerPage(java.util.List<OrganizerDto> items, String nextCursor) {
        super(items, nextCursor);
    }
}
