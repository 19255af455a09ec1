package quebec.maillon.concertation;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ConcertationDetail", description = "A concertation place with its members, supporting organizers, recent meetings "
        + "and action plan, in one answer.")
public record ConcertationDetail(
        @Schema(examples = "40000000-0000-4000-8000-000000000001") UUID id,
        @Schema(examples = "Table de concertation en sécurité alimentaire de Joliette") String name,
        @Schema(description = "concertation-kinds code.", examples = "THEMATIC_TABLE") String kindCode,
        @Schema(description = "concertation-themes codes.", examples = "[\"FOOD_SECURITY\", \"POVERTY\"]") List<String> themes,
        @Schema(examples = "MRC") Concertation.Scope scope,
        @Schema(description = "Territory code; may be absent for a REGIONAL place.", examples = "LAN-JOLIETTE") String territoryCode,
        @Schema(examples = "ACTIVE") Concertation.Status status,
        String description,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        @Schema(description = "Member organizations, current members first, then by name; former members keep their leftOn.")
        List<MemberDto> members,
        @Schema(description = "Organizers who support the place, by name.") List<SupportingOrganizerDto> organizers,
        @Schema(description = "The 10 most recent meetings, latest first (all of them: GET .../meetings).") List<MeetingDto> recentMeetings,
        @Schema(description = "Number of meetings recorded.", examples = "14") long meetingCount,
        @Schema(description = "The action plan and its progress.") ActionPlan actionPlan) {
}
