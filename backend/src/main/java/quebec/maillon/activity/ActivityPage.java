package quebec.maillon.activity;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import quebec.maillon.common.Page;

@Schema(name = "ActivityPage", description = "A page of activities, the most recent first, with the total minutes of every "
        + "activity matching the filters (all pages together).")
public class ActivityPage extends Page<ActivityDto> {

    @Schema(description = "Sum of durationMinutes over every activity matching the filters, not only this page.", examples = "435")
    public long totalMinutes;

    public ActivityPage(List<ActivityDto> items, String nextCursor, long totalMinutes) {
        super(items, nextCursor);
        this.totalMinutes = totalMinutes;
    }
}
