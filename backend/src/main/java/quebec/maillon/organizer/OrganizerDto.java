package quebec.maillon.organizer;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Organizer", description = "A community organizer of the establishment's directory.")
public record OrganizerDto(
        @Schema(examples = "5b0b7c4e-8a51-4a37-9d59-6f1b1c0e8f10") UUID id,
        @Schema(description = "Login name in the identity provider.", examples = "marie.tremblay") String username,
        @Schema(examples = "Marie Tremblay") String name,
        @Schema(description = "Work email (personal information: shown to the establishment's staff only).",
                examples = "marie.tremblay@demo.maillon.quebec") String email,
        @Schema(description = "Territory codes of the organizer's local teams.", examples = "[\"LAN-JOLIETTE\"]")
        List<String> territories,
        @Schema(description = "False once the organizer has left; their work stays counted.", examples = "true")
        boolean active,
        @Schema(description = "True once the organizer has logged in at least once.", examples = "true")
        boolean registered,
        @Schema(description = "Last change of the entry; synchronize the directory with updatedSince.") OffsetDateTime updatedAt) {

    static OrganizerDto of(Organizer o) {
        return new OrganizerDto(o.id, o.username, o.name, o.email, List.copyOf(o.territories), o.active, o.subject != null,
                o.updatedAt);
    }
}
