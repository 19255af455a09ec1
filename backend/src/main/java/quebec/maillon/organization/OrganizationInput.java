package quebec.maillon.organization;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "OrganizationInput", description = "An organization as created or replaced (PUT replaces every field, "
        + "contacts included: a contact left out is removed).")
public record OrganizationInput(
        @NotBlank @Schema(description = "Code of the list organization-types.", examples = "COMMUNITY_ORGANIZATION") String type,
        @NotBlank @Size(max = 200) @Schema(examples = "Comptoir alimentaire de Saint-Jean-de-Matha") String name,
        @Pattern(regexp = "([0-9]{10})?", message = "must be exactly 10 digits")
        @Schema(description = "Québec enterprise number (NEQ), exactly 10 digits; optional; unique within the establishment.",
                examples = "1170000099") String neq,
        @NotBlank @Schema(description = "Territory code (MRC or RLS) of the caller's establishment.", examples = "LAN-MATAWINIE")
        String territory,
        @Valid Address address,
        @Valid @Size(max = 20) @Schema(description = "Contact people (at most 20), in their order.")
        List<@NotNull ContactInput> contacts) {
}
