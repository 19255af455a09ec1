package quebec.maillon.security;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import quebec.maillon.common.QueryValues;

@Path("/api/v1/audit")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit", description = "The audit trail: who changed what, and who read whose personal information")
public class AuditResource {

    @Inject
    AuditQueryService service;

    @GET
    @RolesAllowed({"manager", "admin"})
    @Operation(operationId = "listAuditEntries", summary = "Read the audit trail",
            description = "Every create, update, transition, archive, deletion and anonymization of a record of the "
                    + "establishment, and every read of contact people's personal information, newest first. "
                    + "Entries cannot be changed or deleted. Roles: manager, admin.")
    @APIResponse(responseCode = "200", description = "A page of entries.")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "422", ref = "ValidationFailed")
    public AuditPage list(
            @Parameter(description = "Kind of record: organization, organization-contact, service-request, "
                    + "intervention, concertation, concertation-member, concertation-organizer, concertation-meeting, "
                    + "activity, organizer, priority-criteria, privacy-incident, retention-setting, webhook, person "
                    + "(reads of a person's information).", example = "organization") @QueryParam("recordType") String recordType,
            @Parameter(description = "Id of the record.", example = "10000000-0000-4000-8000-000000000001") @QueryParam("recordId") String recordId,
            @Parameter(description = "Subject or display name of the person or system.", example = "Sophie Lavoie") @QueryParam("actor") String actor,
            @Parameter(description = "Kind of entry.", schema = @Schema(type = SchemaType.STRING, enumeration = {"CREATE", "UPDATE",
                    "TRANSITION", "ARCHIVE", "ANONYMIZE", "DELETE", "READ_PERSONAL"})) @QueryParam("action") String action,
            @Parameter(description = "First day (inclusive, UTC).", example = "2026-01-01") @QueryParam("from") String from,
            @Parameter(description = "Last day (inclusive, UTC).", example = "2026-12-31") @QueryParam("to") String to,
            @Parameter(description = "The nextCursor of the previous page.") @QueryParam("cursor") String cursor,
            @Parameter(description = "Page size, 1 to 200 (default 50).") @QueryParam("limit") Integer limit) {
        if (action != null) {
            QueryValues.enumValue("action", action, quebec.maillon.common.AuditService.Action.class);
        }
        return service.list(recordType, recordId, actor, QueryValues.date("from", from), QueryValues.date("to", to),
                action, cursor, limit);
    }
}
