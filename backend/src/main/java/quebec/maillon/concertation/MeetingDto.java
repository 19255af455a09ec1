package quebec.maillon.concertation;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Meeting", description = "A meeting of a concertation place.")
public record MeetingDto(
        @Schema(examples = "42000000-0000-4000-8000-000000000001") UUID id,
        @Schema(examples = "2026-10-08") LocalDate heldOn,
        @Schema(examples = "Salle du conseil, Joliette") String place,
        @Schema(description = "Number of people present.", examples = "14") Integer attendance,
        @Schema(examples = "Adoption du plan d'action 2026-2027.") String decisions,
        @Schema(description = "Version: send it as If-Match (\"0\") to change or delete the meeting.", examples = "0") long version,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {

    static MeetingDto of(Meeting m) {
        return new MeetingDto(m.id, m.heldOn, m.place, m.attendance, m.decisions, m.version, m.createdAt, m.updatedAt);
    }
}
