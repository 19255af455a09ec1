package quebec.maillon.organization;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ContactInput", description = "A contact person. With `id`, an existing contact of the organization is "
        + "kept and changed; without, a new contact is added.")
public record ContactInput(
        @Schema(description = "Id of an existing contact of this organization (absent for a new contact).",
                examples = "11000000-0000-4000-8000-000000000002") UUID id,
        @NotBlank @Size(max = 200) @Schema(examples = "Luc Bergeron") String name,
        @Size(max = 100) @Schema(description = "Role in the organization.", examples = "Directeur général") String role,
        @Email @Size(max = 200) @Schema(examples = "luc.bergeron@exemple.org") String email,
        @Size(max = 50) @Schema(examples = "450 555-0102") String phone) {
}
