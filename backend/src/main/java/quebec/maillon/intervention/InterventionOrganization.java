package quebec.maillon.intervention;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "InterventionOrganization", description = "An organization supported by an intervention.")
public record InterventionOrganization(
        @Schema(examples = "10000000-0000-4000-8000-000000000001") UUID id,
        @Schema(examples = "Soupe populaire de Joliette") String name,
        @Schema(description = "organization-types code.", examples = "COMMUNITY_ORGANIZATION") String typeCode) {
}
