package quebec.maillon.intervention;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import quebec.maillon.organizer.OrganizerRef;

@Schema(name = "Intervention", description = "An intervention (dossier d'intervention): the organizers' work with a community, "
        + "opened from an accepted request or directly. Its ETag (header) is for If-Match.")
public record InterventionDto(
        @Schema(examples = "30000000-0000-4000-8000-000000000050") UUID id,
        @Schema(examples = "Soutien à la planification stratégique de la Soupe populaire de Joliette") String title,
        @Schema(description = "Territory (MRC or RLS) code.", examples = "LAN-JOLIETTE") String territoryCode,
        @Schema(description = "The lead organizer.") OrganizerRef leadOrganizer,
        @Schema(description = "Co-organizers, by name.") List<OrganizerRef> coOrganizers,
        @Schema(description = "Service offered (service-offers), exactly one.", examples = "ORGANIZATION_SUPPORT") String serviceOfferCode,
        @Schema(description = "Axis of the practice framework (axes), optional.", examples = "LOCAL_ORGANIZATIONS_SUPPORT") String axisCode,
        @Schema(description = "Types of intervention (intervention-types codes).", examples = "[\"EXISTING_RESOURCES_SUPPORT\"]") List<String> types,
        @Schema(description = "Determinants of health (determinants codes).", examples = "[\"FOOD_SECURITY\", \"POVERTY\"]") List<String> determinants,
        @Schema(description = "Populations (populations codes).", examples = "[\"LOW_INCOME\"]") List<String> populations,
        @Schema(description = "Organizations supported, by name and type.") List<InterventionOrganization> organizations,
        @Schema(description = "The concertation place concerned, if any.", examples = "40000000-0000-4000-8000-000000000001") UUID concertationId,
        @Schema(description = "The accepted request that opened it; absent when opened directly.") UUID requestId,
        @Schema(examples = "Accompagner le conseil d'administration dans sa planification 2026-2029.") String objectives,
        @Schema(examples = "ACTIVE") Intervention.Status status,
        @Schema(examples = "2026-04-15") LocalDate openedOn,
        @Schema(description = "Set when closed.") LocalDate closedOn,
        @Schema(description = "Closing summary (bilan), set when closed.") String closingSummary,
        OffsetDateTime createdAt,
        @Schema(description = "Last change; filter with updatedSince to synchronize.") OffsetDateTime updatedAt) {
}
