package quebec.maillon.concertation;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ActionPlan", description = "A concertation place's action plan: its items in order, and its progress. "
        + "percentDone = DONE items / items not ABANDONED, rounded down (0 when there is none).")
public record ActionPlan(
        @Schema(description = "The items, in plan order.") List<ActionPlanItemDto> items,
        @Schema(examples = "1") long planned,
        @Schema(examples = "2") long inProgress,
        @Schema(examples = "1") long done,
        @Schema(examples = "0") long abandoned,
        @Schema(examples = "4") long total,
        @Schema(description = "Share of the items not abandoned that are done, 0 to 100.", examples = "25") int percentDone) {

    static ActionPlan of(List<ActionPlanItem> items) {
        long planned = 0;
        long inProgress = 0;
        long done = 0;
        long abandoned = 0;
        for (ActionPlanItem i : items) {
            switch (i.state) {
                case PLANNED -> planned++;
                case IN_PROGRESS -> inProgress++;
                case DONE -> done++;
                case ABANDONED -> abandoned++;
            }
        }
        long counted = items.size() - abandoned;
        int percent = counted == 0 ? 0 : (int) (done * 100 / counted);
        return new ActionPlan(items.stream().map(ActionPlanItemDto::of).toList(), planned, inProgress, done, abandoned,
                items.size(), percent);
    }
}
