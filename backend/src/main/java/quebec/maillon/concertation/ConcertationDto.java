package quebec.maillon.concertation;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Concertation", description = "A concertation place (lieu de concertation) the service supports: a table or a committee.")
public record ConcertationDto(
        @Schema(examples = "40000000-0000-4000-8000-000000000001") UUID id,
        @Schema(examples = "Table de concertation en sécurité alimentaire de Joliette") String name,
        @Schema(description = "concertation-kinds code.", examples = "THEMATIC_TABLE") String kindCode,
        @Schema(description = "concertation-themes codes.", examples = "[\"FOOD_SECURITY\", \"POVERTY\"]") List<String> themes,
        @Schema(examples = "MRC") Concertation.Scope scope,
        @Schema(description = "Territory code; may be absent for a REGIONAL place.", examples = "LAN-JOLIETTE") String territoryCode,
        @Schema(examples = "ACTIVE") Concertation.Status status,
        @Schema(examples = "Regroupe les organismes, la municipalité et les partenaires qui agissent en sécurité alimentaire.") String description,
        OffsetDateTime createdAt,
        @Schema(description = "Last change of the place or of its members, organizers, meetings or action plan.") OffsetDateTime updatedAt) {

    static ConcertationDto of(Concertation c) {
        return new ConcertationDto(c.id, c.name, c.kindCode, List.copyOf(c.themes), c.scope, c.territoryCode, c.status,
                c.description, c.createdAt, c.updatedAt);
    }
}
