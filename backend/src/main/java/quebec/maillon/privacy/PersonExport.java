package quebec.maillon.privacy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PersonExport", description = "Everything Maillon holds about one person, found by email (Loi 25 access request).")
public record PersonExport(
        @Schema(examples = "lucie.gagne@example.org") String email,
        @Schema(examples = "2026-11-23T14:05:12Z") OffsetDateTime generatedAt,
        @Schema(description = "Where the person is a contact of an organization.") List<ContactRecord> contacts,
        @Schema(description = "Where the person is in the organizer directory.") List<OrganizerRecord> organizers,
        @Schema(description = "How many audit entries name the person as author (their organizer account), by action.")
        List<ActionCount> authoredAuditEntries) {

    @Schema(name = "PersonExportContact")
    public record ContactRecord(UUID contactId, UUID organizationId, String organizationName, String name, String role,
            String email, String phone, OffsetDateTime anonymizedAt,
            @Schema(description = "Requests for which the person was the contact.") List<RequestRef> requests) {
    }

    @Schema(name = "PersonExportRequest")
    public record RequestRef(UUID requestId, LocalDate receivedOn, String status) {
    }

    @Schema(name = "PersonExportOrganizer")
    public record OrganizerRecord(UUID organizerId, String username, String name, String email, List<String> territories,
            boolean active) {
    }

    @Schema(name = "PersonExportActionCount")
    public record ActionCount(String action, long count) {
    }
}
