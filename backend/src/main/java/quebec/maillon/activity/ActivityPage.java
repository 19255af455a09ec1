package quebec.maillon.activity;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import quebec.maillon.common.SyncPage;

@Schema(name = "ActivityPage", description = "A page of activities, the most recent first (with `updatedSince`: by `updatedAt` "
        + "then `id`, and the deletions of the window after the activities), with the total minutes of every activity "
        + "matching the filters (all pages together).")
public class ActivityPage extends SyncPage<ActivityDto> {

    @Schema(description = "Sum of durationMinutes over every activity matching the filters, not only this page.", examples = "435")
    public long totalMinutes;

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(description = "Only with `updatedSince` (synchronization): activities deleted within the pass's window, oldest "
            + "deletion first, once every changed activity of the window has been listed (they come on the last pages). "
            + "Remove them from your copy; an id you never received (another filter, or created and deleted between two "
            + "passes) can be ignored. Absent without `updatedSince`.")
    public List<ActivityDeletion> deleted;

    public ActivityPage(List<ActivityDto> items, String nextCursor, long totalMinutes) {
        super(items, nextCursor, null);
        this.totalMinutes = totalMinutes;
    }

    public ActivityPage(List<ActivityDto> items, List<ActivityDeletion> deleted, String nextCursor, long totalMinutes,
            OffsetDateTime nextUpdatedSince) {
        super(items, nextCursor, nextUpdatedSince);
        this.deleted = deleted;
        this.totalMinutes = totalMinutes;
    }
}
