package quebec.maillon.concertation;

import jakarta.ws.rs.GET;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
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

/** Organizers who support a concertation place. */
@Path("/api/v1/concertations/{id}/organizers")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Concertations")
public class ConcertationOrganizerResource {

    @Inject
    ConcertationPartsService service;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"organizer", "manager", "integration"})
    @Operation(operationId = "addConcertationOrganizer", summary = "Add a supporting organizer",
            description = "An active organizer of the caller's establishment (422 on organizerId otherwise) and their role: FACILITATION, ADVICE, MEMBER or COORDINATION. Once added, they may change the place as an organizer of its territory would. Already supporting it: 409. Audited. " + ConcertationResource.WRITE_ROLES)
    @RequestBody(content = @Content(examples = @ExampleObject(name = "advice", summary = "Julien advises the Joliette table",
            value = "{\"organizerId\": \"60000000-0000-4000-8000-000000000002\", \"role\": \"ADVICE\", \"since\": \"2026-09-01\"}")))
    @APIResponse(responseCode = "201", description = "Added.",
            headers = @Header(name = "ETag", description = "The organizer's role's version.", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = SupportingOrganizerDto.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "ValidationFailed")
    public Response add(
            @Parameter(description = "Concertation id.", example = "40000000-0000-4000-8000-000000000001") @PathParam("id") UUID id,
            @Valid @NotNull SupportingOrganizerInput input) {
        SupportingOrganizerDto dto = service.addOrganizer(id, input);
        return Response.created(URI.create("/api/v1/concertations/" + id + "/organizers/" + dto.organizerId()))
                .entity(dto).tag(Etags.tag(dto.version())).build();
    }

    @GET
    @Path("/{organizerId}")
    @RolesAllowed({"organizer", "manager", "admin", "integration"})
    @Operation(operationId = "getConcertationOrganizer", summary = "One supporting organizer's role",
            description = "With its ETag, for If-Match. " + ConcertationResource.READ_ROLES)
    @APIResponse(responseCode = "200", description = "Found.",
            headers = @Header(name = "ETag", description = "Its version.", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = SupportingOrganizerDto.class)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response get(
            @Parameter(description = "Concertation id.", example = "40000000-0000-4000-8000-000000000002") @PathParam("id") UUID id,
            @Parameter(description = "The organizer.", example = "60000000-0000-4000-8000-000000000001") @PathParam("organizerId") UUID organizerId) {
        SupportingOrganizerDto dto = service.supportingOrganizer(id, organizerId);
        return Response.ok(dto).tag(Etags.tag(dto.version())).build();
    }

    @PUT
    @Path("/{organizerId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"organizer", "manager", "integration"})
    @Operation(operationId = "updateConcertationOrganizer", summary = "Change a supporting organizer's role",
            description = "The organizer is the one of the path. Replaces every field. Needs If-Match with its version (428 without, 412 when stale). Audited. "
                    + ConcertationResource.WRITE_ROLES)
    @RequestBody(content = @Content(examples = @ExampleObject(name = "facilitation", summary = "Marie now facilitates the Matawinie committee",
            value = "{\"role\": \"FACILITATION\", \"since\": \"2024-09-01\"}")))
    @APIResponse(responseCode = "200", description = "Changed.",
            headers = @Header(name = "ETag", description = "The organizer's role's new version.", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = SupportingOrganizerDto.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "422", ref = "ValidationFailed")
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    public Response update(
            @Parameter(description = "Concertation id.", example = "40000000-0000-4000-8000-000000000002") @PathParam("id") UUID id,
            @Parameter(description = "The organizer's role.", example = "60000000-0000-4000-8000-000000000001") @PathParam("organizerId") UUID organizerId,
            @Parameter(description = "The organizer's role's version as read.", required = true, example = "\"0\"")
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull SupportingOrganizerInput input) {
        SupportingOrganizerDto dto = service.updateOrganizer(id, organizerId, ifMatch, input);
        return Response.ok(dto).tag(Etags.tag(dto.version())).build();
    }

    @DELETE
    @Path("/{organizerId}")
    @RolesAllowed({"organizer", "manager", "integration"})
    @Operation(operationId = "deleteConcertationOrganizer", summary = "Remove a supporting organizer",
            description = "The organizer no longer supports the place. If-Match is optional (checked when sent). Audited. " + ConcertationResource.WRITE_ROLES)
    @APIResponse(responseCode = "204", description = "Removed.")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    public Response delete(
            @Parameter(description = "Concertation id.", example = "40000000-0000-4000-8000-000000000003") @PathParam("id") UUID id,
            @Parameter(description = "The organizer's role.", example = "60000000-0000-4000-8000-000000000002") @PathParam("organizerId") UUID organizerId,
            @Parameter(description = "Optional: the organizer's role's version as read; 412 when stale.") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        service.removeOrganizer(id, organizerId, ifMatch);
        return Response.noContent().build();
    }
}
