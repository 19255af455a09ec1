package quebec.maillon.organizer;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "OrganizerInput", description = "An organizer added ahead of their first login, or changed by an admin.")
public record OrganizerInput(
        @NotBlank @Size(max = 100) @Pattern(regexp = "[a-z0-9._@-]+", message = "must be a login name (lowercase letters, digits, . _ @ -)")
        @Schema(description = "Login name in the identity provider; links the entry at first login.", examples = "julie.morin")
        String username,
        @NotBlank @Size(max = 200) @Schema(examples = "Julie Morin") String name,
        @Email @Size(max = 200) @Schema(examples = "julie.morin@demo.maillon.quebec") String email,
        @NotNull @Size(max = 20) @Schema(description = "Territory codes of the organizer's local teams.", examples = "[\"LAN-MONTCALM\"]")
        List<@NotBlank String> territories,
        @Schema(description = "False to deactivate an organizer who left (default true).", examples = "true")
        Boolean active) {
}
