package quebec.maillon.intervention;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "InterventionInput", description = "An intervention opened directly, or its new content (PUT replaces every field). "
        + "The status changes only through POST /api/v1/interventions/{id}/transitions.")
public record InterventionInput(
        @NotBlank @Size(max = 300) @Schema(examples = "Déploiement de l'approche École en santé à Saint-Côme") String title,
        @NotBlank @Schema(description = "Territory code of the caller's establishment.", examples = "LAN-MATAWINIE") String territoryCode,
        @Schema(description = "Lead organizer (directory id, active, same establishment). Default: the caller's own entry; "
                + "machine clients must give it.", examples = "60000000-0000-4000-8000-000000000001") UUID leadOrganizerId,
        @Size(max = 20) @Schema(description = "Co-organizers (directory ids).", examples = "[\"60000000-0000-4000-8000-000000000004\"]")
        List<@NotNull UUID> coOrganizerIds,
        @NotBlank @Schema(description = "Service offered: one service-offers code.", examples = "GOVERNMENT_PROGRAMS") String serviceOfferCode,
        @Schema(description = "Axis (axes code), optional.", examples = "PUBLIC_HEALTH_PROGRAMS") String axisCode,
        @Size(max = 20) @Schema(description = "intervention-types codes.", examples = "[\"AWARENESS\"]") List<@NotBlank String> types,
        @Size(max = 20) @Schema(description = "determinants codes.", examples = "[\"EDUCATION\"]") List<@NotBlank String> determinants,
        @Size(max = 20) @Schema(description = "populations codes.", examples = "[\"YOUTH\"]") List<@NotBlank String> populations,
        @Size(max = 50) @Schema(description = "Organizations supported: ids of organizations of the caller's establishment.",
                examples = "[\"10000000-0000-4000-8000-000000000004\"]") List<@NotNull UUID> organizationIds,
        @Schema(description = "The concertation place concerned (same establishment), optional.") UUID concertationId,
        @Size(max = 10000) @Schema(examples = "Soutenir l'école et la municipalité dans l'implantation de l'approche.") String objectives,
        @Schema(description = "On create: PLANNED or ACTIVE (default ACTIVE). On update: absent or unchanged.", examples = "ACTIVE")
        Intervention.Status status,
        @Schema(description = "Opening date, not in the future (default: today, Québec time).", examples = "2026-09-01") LocalDate openedOn) {

    public List<UUID> coOrganizerIdsOrEmpty() {
        return coOrganizerIds == null ? List.of() : coOrganizerIds;
    }

    public List<String> typesOrEmpty() {
        return types == null ? List.of() : types;
    }

    public List<String> determinantsOrEmpty() {
        return determinants == null ? List.of() : determinants;
    }

    public List<String> populationsOrEmpty() {
        return populations == null ? List.of() : populations;
    }

    public List<UUID> organizationIdsOrEmpty() {
        return organizationIds == null ? List.of() : organizationIds;
    }
}
