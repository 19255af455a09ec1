package quebec.maillon.concertation;

import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ActionPlanItem", description = "An objective of a concertation place's action plan.")
public record ActionPlanItemDto(
        @Schema(examples = "43000000-0000-4000-8000-000000000001") UUID id,
        @Schema(examples = "Cartographier l'offre d'aide alimentaire du territoire") String objective,
        @Schema(description = "Who carries it, in the table's words.", examples = "Comité de travail") String responsible,
        @Schema(examples = "2027-03-31") LocalDate dueOn,
        @Schema(examples = "IN_PROGRESS") ActionPlanItem.State state,
        @Schema(description = "Order in the plan.", examples = "1") int position,
        @Schema(description = "Version: send it as If-Match (\"0\") to change or delete the item.", examples = "0") long version) {

    static ActionPlanItemDto of(ActionPlanItem i) {
        return new ActionPlanItemDto(i.id, i.objective, i.responsible, i.dueOn, i.state, i.position, i.version);
    }
}
