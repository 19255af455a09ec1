package quebec.maillon.concertation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import quebec.maillon.common.QueryValues;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import quebec.maillon.common.Etags;

/** Meetings of a concertation place. */
@Path("/api/v1/concertations/{id}/meetings")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Concertations")
public class MeetingResource {

    @Inject
    ConcertationPartsService service;

    @GET
    @RolesAllowed({"organizer", "manager", "admin", "integration"})
    @Operation(operationId = "listConcertationMeetings", summary = "All the meetings of a concertation place",
            description = "Latest first. " + ConcertationResource.READ_ROLES)
    @APIResponse(responseCode = "200", description = "A page of meetings.")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "422", ref = "ValidationFailed")
    public MeetingPage list(
            @Parameter(description = "Concertation id.", example = "40000000-0000-4000-8000-000000000001") @PathParam("id") UUID id,
            @Parameter(description = "The nextCursor of the previous page.") @QueryParam("cursor") String cursor,
            @Parameter(description = "Page size, 1 to 200 (default 50).", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "200", defaultValue = "50")) @QueryParam("limit") String limit) {
        return service.meetings(id, cursor, QueryValues.integer("limit", limit));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"organizer", "manager", "integration"})
    @Operation(operationId = "addConcertationMeeting", summary = "Record a meeting",
            description = "Date, place, attendance (0 or more) and decisions. Audited. " + ConcertationResource.WRITE_ROLES)
    @RequestBody(content = @Content(examples = @ExampleObject(name = "november", summary = "The November meeting of the Joliette table",
            value = "{\"heldOn\": \"2026-11-12\", \"place\": \"Centre communautaire, Joliette\", \"attendance\": 12, \"decisions\": \"Lancement du comité de travail sur les frigos communautaires.\"}")))
    @APIResponse(responseCode = "201", description = "Added.",
            headers = @Header(name = "ETag", description = "The meeting's version.", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = MeetingDto.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "422", ref = "ValidationFailed")
    public Response add(
            @Parameter(description = "Concertation id.", example = "40000000-0000-4000-8000-000000000001") @PathParam("id") UUID id,
            @Valid @NotNull MeetingInput input) {
        MeetingDto dto = service.addMeeting(id, input);
        return Response.created(URI.create("/api/v1/concertations/" + id + "/meetings/" + dto.id()))
                .entity(dto).tag(Etags.tag(dto.version())).build();
    }

    @GET
    @Path("/{meetingId}")
    @RolesAllowed({"organizer", "manager", "admin", "integration"})
    @Operation(operationId = "getConcertationMeeting", summary = "One meeting",
            description = "With its ETag, for If-Match. " + ConcertationResource.READ_ROLES)
    @APIResponse(responseCode = "200", description = "Found.",
            headers = @Header(name = "ETag", description = "Its version.", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = MeetingDto.class)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response get(
            @Parameter(description = "Concertation id.", example = "40000000-0000-4000-8000-000000000001") @PathParam("id") UUID id,
            @Parameter(example = "42000000-0000-4000-8000-000000000001") @PathParam("meetingId") UUID meetingId) {
        MeetingDto dto = service.meeting(id, meetingId);
        return Response.ok(dto).tag(Etags.tag(dto.version())).build();
    }

    @PUT
    @Path("/{meetingId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"organizer", "manager", "integration"})
    @Operation(operationId = "updateConcertationMeeting", summary = "Change a meeting",
            description = "Replaces every field. Needs If-Match with its version (428 without, 412 when stale). Audited. "
                    + ConcertationResource.WRITE_ROLES)
    @RequestBody(content = @Content(examples = @ExampleObject(name = "attendance", summary = "Correct the attendance and the decisions",
            value = "{\"heldOn\": \"2025-09-18\", \"place\": \"Salle du conseil, Joliette\", \"attendance\": 17, \"decisions\": \"Adoption du portrait de l'offre alimentaire; mandat au comité de travail.\"}")))
    @APIResponse(responseCode = "200", description = "Changed.",
            headers = @Header(name = "ETag", description = "The meeting's new version.", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = MeetingDto.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "422", ref = "ValidationFailed")
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    public Response update(
            @Parameter(description = "Concertation id.", example = "40000000-0000-4000-8000-000000000001") @PathParam("id") UUID id,
            @Parameter(description = "The meeting.", example = "42000000-0000-4000-8000-000000000001") @PathParam("meetingId") UUID meetingId,
            @Parameter(description = "The meeting's version as read.", required = true, example = "\"0\"")
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull MeetingInput input) {
        MeetingDto dto = service.updateMeeting(id, meetingId, ifMatch, input);
        return Response.ok(dto).tag(Etags.tag(dto.version())).build();
    }

    @DELETE
    @Path("/{meetingId}")
    @RolesAllowed({"organizer", "manager", "integration"})
    @Operation(operationId = "deleteConcertationMeeting", summary = "Delete a meeting",
            description = "For a meeting recorded by mistake. If-Match is optional (checked when sent). Audited. " + ConcertationResource.WRITE_ROLES)
    @APIResponse(responseCode = "204", description = "Removed.")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    public Response delete(
            @Parameter(description = "Concertation id.", example = "40000000-0000-4000-8000-000000000001") @PathParam("id") UUID id,
            @Parameter(description = "The meeting.", example = "42000000-0000-4000-8000-000000000002") @PathParam("meetingId") UUID meetingId,
            @Parameter(description = "Optional: the meeting's version as read; 412 when stale.") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        service.deleteMeeting(id, meetingId, ifMatch);
        return Response.noContent().build();
    }
}
