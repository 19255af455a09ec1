package quebec.maillon.organization;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "OrganizationSummary", description = "An organization in a list (no contact people: read the organization for them).")
public record OrganizationSummary(
        @Schema(examples = "10000000-0000-4000-8000-000000000002") UUID id,
        @Schema(description = "Code of the list organization-types.", examples = "NON_PROFIT") String type,
        @Schema(examples = "Regroupement des organismes communautaires de Joliette") String name,
        @Schema(examples = "1170000002") String neq,
        @Schema(examples = "LAN-JOLIETTE") String territory,
        @Schema(examples = "Joliette") String city,
        @Schema(examples = "false") boolean archived,
        OffsetDateTime updatedAt) {

    static OrganizationSummary of(Organization o) {
        return new OrganizationSummary(o.id, o.typeCode, o.name, o.neq, o.territoryCode, o.city, o.archived, o.updatedAt);
    }
}
