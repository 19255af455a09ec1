package quebec.maillon.security;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AuditEntry", description = "One entry of the audit trail: who changed (or read personal information of) which record, when.")
public record AuditEntryDto(
        @Schema(examples = "1042") long id,
        @Schema(examples = "2026-11-23T14:05:12.345Z") OffsetDateTime occurredAt,
        @Schema(description = "Token subject of the person or system.") String actorSubject,
        @Schema(examples = "Sophie Lavoie") String actorName,
        @Schema(description = "OAuth client used (maillon-web for people in the web client).", examples = "maillon-web") String actorClient,
        @Schema(enumeration = {"CREATE", "UPDATE", "TRANSITION", "ARCHIVE", "ANONYMIZE", "DELETE", "READ_PERSONAL"}, examples = "UPDATE")
        String action,
        @Schema(description = "Kind of record (the values of the recordType filter of GET /api/v1/audit).", examples = "organization") String recordType,
        @Schema(examples = "10000000-0000-4000-8000-000000000001") String recordId,
        @Schema(type = SchemaType.OBJECT, implementation = Object.class, additionalProperties = Schema.True.class, description = "Changed fields: {field: {old, new}}; personal fields show [masked]. "
                + "For transitions and reads, the event's details.")
        JsonNode changes,
        @Schema(description = "The X-Request-Id of the HTTP request that made the change.") String requestId) {
}
