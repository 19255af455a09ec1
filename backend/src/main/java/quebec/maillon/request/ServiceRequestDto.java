package quebec.maillon.request;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ServiceRequest", description = "A service request (demande de service) and where it stands.")
public record ServiceRequestDto(
        @Schema(examples = "20000000-0000-4000-8000-000000000003") UUID id,
        RequestStatus status,
        @Schema(description = "Statuses this request may move to from its current one (POST .../transitions); empty when final.",
                examples = "[\"ACCEPTED\", \"WAITLISTED\", \"REFUSED\", \"WITHDRAWN\"]") List<RequestStatus> allowedTransitions,
        @Schema(examples = "10000000-0000-4000-8000-000000000006") UUID organizationId,
        @Schema(description = "Name of the requesting organization.", examples = "Maison des jeunes de Rawdon") String organizationName,
        @Schema(description = "The organization's contact for this request (read the organization for the person).",
                examples = "11000000-0000-4000-8000-000000000006") UUID contactId,
        @Schema(examples = "2026-10-20") LocalDate receivedOn,
        @Schema(description = "Code of the list request-channels.", examples = "PHONE") String channel,
        @Schema(examples = "LAN-MATAWINIE") String territory,
        @Schema(description = "Code of the list service-offers.", examples = "NEW_RESOURCE_CREATION") String serviceOffer,
        @Schema(description = "The need, in the requester's words.") String need,
        @Schema(description = "Codes of the list populations.", examples = "[\"YOUTH\"]") List<String> populations,
        @Schema(description = "Codes of the list determinants.", examples = "[\"ISOLATION\"]") List<String> determinants,
        EligibilityDto eligibility,
        @Schema(description = "Current priority level (latest assessment); absent until assessed.") PriorityLevel priorityLevel,
        @Schema(description = "Weighted total of the latest priority assessment.", examples = "30") Integer priorityScore,
        @Schema(description = "The lead organizer, assigned when the request is accepted.",
                examples = "60000000-0000-4000-8000-000000000001") UUID assignedOrganizerId,
        @Schema(description = "The intervention opened when the request was accepted.") UUID interventionId,
        @Schema(description = "Date of the latest decision (ACCEPTED, WAITLISTED or REFUSED).") LocalDate decidedOn,
        @Schema(description = "Code of the list refusal-reasons, when REFUSED.") String refusalReason,
        @Schema(description = "Note of the latest decision.") String decisionNote,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {

    /** The request with what is read besides its columns: its organization's name, its codes, its intervention. */
    static ServiceRequestDto of(ServiceRequest r, String organizationName, List<String> populations, List<String> determinants,
            UUID interventionId) {
        return new ServiceRequestDto(r.id, r.status, List.copyOf(r.status.next()), r.organizationId, organizationName,
                r.contactId, r.receivedOn, r.channelCode, r.territoryCode, r.serviceOfferCode, r.need,
                List.copyOf(new java.util.TreeSet<>(populations)), List.copyOf(new java.util.TreeSet<>(determinants)),
                EligibilityDto.of(r), r.priorityLevel, r.priorityScore, r.assignedOrganizerId, interventionId, r.decidedOn,
                r.refusalReasonCode, r.decisionNote, r.createdAt, r.updatedAt);
    }
}
