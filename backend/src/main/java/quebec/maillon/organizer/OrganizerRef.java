package quebec.maillon.organizer;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An organizer as other records show them: id and name. */
@Schema(name = "OrganizerRef", description = "An organizer of the directory, by id and name.")
public record OrganizerRef(
        @Schema(examples = "60000000-0000-4000-8000-000000000001") UUID id,
        @Schema(examples = "Marie Tremblay") String name) {
}
