package quebec.maillon.concertation;

import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Member", description = "An organization's membership of a concertation place.")
public record MemberDto(
        @Schema(examples = "41000000-0000-4000-8000-000000000001") UUID id,
        @Schema(examples = "10000000-0000-4000-8000-000000000001") UUID organizationId,
        @Schema(examples = "Soupe populaire de Joliette") String organizationName,
        @Schema(description = "organization-types code (municipalities: MUNICIPALITY; schools: SCHOOL).", examples = "COMMUNITY_ORGANIZATION")
        String organizationTypeCode,
        @Schema(description = "Its role at the table, in the table's words.", examples = "Fiduciaire") String role,
        @Schema(examples = "2024-09-01") LocalDate joinedOn,
        @Schema(description = "When it left; absent while it is a member.") LocalDate leftOn,
        @Schema(description = "True while it is a member (no leftOn, or a leftOn after today).", examples = "true") boolean current,
        @Schema(description = "Version: send it as If-Match (\"0\") to change or delete this membership.", examples = "0") long version) {
}
