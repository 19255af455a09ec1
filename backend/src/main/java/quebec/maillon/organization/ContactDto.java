package quebec.maillon.organization;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Contact", description = "A contact person of an organization (personal information: shown to the "
        + "establishment's staff only; each read of an organization's contacts is written to the audit trail).")
public record ContactDto(
        @Schema(examples = "11000000-0000-4000-8000-000000000002") UUID id,
        @Schema(examples = "Luc Bergeron") String name,
        @Schema(description = "Role in the organization.", examples = "Directeur général") String role,
        @Schema(examples = "luc.bergeron@exemple.org") String email,
        @Schema(examples = "450 555-0102") String phone) {

    static ContactDto of(OrganizationContact c) {
        return new ContactDto(c.id, c.name, c.role, c.email, c.phone);
    }
}
