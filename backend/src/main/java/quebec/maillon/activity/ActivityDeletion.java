package quebec.maillon.activity;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ActivityDeletion", description = "An activity deleted from the journal (for synchronizing clients).")
public record ActivityDeletion(
        @Schema(description = "The id of the deleted activity.", examples = "50000000-0000-4000-8000-000000000001") UUID id,
        @Schema(description = "When it was deleted (the same clock as updatedAt).") OffsetDateTime deletedAt) {
}
