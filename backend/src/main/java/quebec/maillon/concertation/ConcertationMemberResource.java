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

/** Member organizations of a concertation place. */
@Path("/api/v1/concertations/{id}/members")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Concertations")
public class ConcertationMemberResource {

    @Inject
    ConcertationPartsService service;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"organizer", "manager", "integration"})
    @Operation(operationId = "addConcertationMember", summary = "Add a member organization",
            description = "An organization of the caller's establishment (municipalities and schools included; 422 on organizationId otherwise), its role and dates. An organization has one membership at a time: overlapping dates are a 409 (a former member joins again with a new membership). Audited. " + ConcertationResource.WRITE_ROLES)
    @RequestBody(content = @Content(examples = @ExampleObject(name = "schoolJoins", summary = "The school service centre joins the Matawinie committee",
            value = "{\"organizationId\": \"10000000-0000-4000-8000-000000000004\", \"role\": \"Membre\", \"joinedOn\": \"2026-09-01\"}")))
    @APIResponse(responseCode = "201", description = "Added.",
            headers = @Header(name = "ETag", description = "The membership's version.", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = MemberDto.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "ValidationFailed")
    public Response add(
            @Parameter(description = "Concertation id.", example = "40000000-0000-4000-8000-000000000002") @PathParam("id") UUID id,
            @Valid @NotNull MemberInput input) {
        MemberDto dto = service.addMember(id, input);
        return Response.created(URI.create("/api/v1/concertations/" + id + "/members/" + dto.id()))
                .entity(dto).tag(Etags.tag(dto.version())).build();
    }

    @GET
    @Path("/{memberId}")
    @RolesAllowed({"organizer", "manager", "admin", "integration"})
    @Operation(operationId = "getConcertationMember", summary = "One member organization",
            description = "With its ETag, for If-Match. " + ConcertationResource.READ_ROLES)
    @APIResponse(responseCode = "200", description = "Found.",
            headers = @Header(name = "ETag", description = "Its version.", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = MemberDto.class)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response get(
            @Parameter(description = "Concertation id.", example = "40000000-0000-4000-8000-000000000001") @PathParam("id") UUID id,
            @Parameter(example = "41000000-0000-4000-8000-000000000001") @PathParam("memberId") UUID memberId) {
        MemberDto dto = service.member(id, memberId);
        return Response.ok(dto).tag(Etags.tag(dto.version())).build();
    }

    @PUT
    @Path("/{memberId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"organizer", "manager", "integration"})
    @Operation(operationId = "updateConcertationMember", summary = "Change a membership",
            description = "Record that an organization left with leftOn. Replaces every field. Needs If-Match with its version (428 without, 412 when stale). Audited. "
                    + ConcertationResource.WRITE_ROLES)
    @RequestBody(content = @Content(examples = @ExampleObject(name = "trustee", summary = "The Soupe populaire becomes the table's trustee",
            value = "{\"organizationId\": \"10000000-0000-4000-8000-000000000001\", \"role\": \"Fiduciaire et membre du comité de coordination\", \"joinedOn\": \"2024-09-01\"}")))
    @APIResponse(responseCode = "200", description = "Changed.",
            headers = @Header(name = "ETag", description = "The membership's new version.", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = MemberDto.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "422", ref = "ValidationFailed")
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    public Response update(
            @Parameter(description = "Concertation id.", example = "40000000-0000-4000-8000-000000000001") @PathParam("id") UUID id,
            @Parameter(description = "The membership.", example = "41000000-0000-4000-8000-000000000001") @PathParam("memberId") UUID memberId,
            @Parameter(description = "The membership's version as read.", required = true, example = "\"0\"")
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull MemberInput input) {
        MemberDto dto = service.updateMember(id, memberId, ifMatch, input);
        return Response.ok(dto).tag(Etags.tag(dto.version())).build();
    }

    @DELETE
    @Path("/{memberId}")
    @RolesAllowed({"organizer", "manager", "integration"})
    @Operation(operationId = "deleteConcertationMember", summary = "Remove a membership",
            description = "For a membership recorded by mistake; to record that an organization left, set leftOn instead. If-Match is optional (checked when sent). Audited. " + ConcertationResource.WRITE_ROLES)
    @APIResponse(responseCode = "204", description = "Removed.")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    public Response delete(
            @Parameter(description = "Concertation id.", example = "40000000-0000-4000-8000-000000000001") @PathParam("id") UUID id,
            @Parameter(description = "The membership.", example = "41000000-0000-4000-8000-000000000002") @PathParam("memberId") UUID memberId,
            @Parameter(description = "Optional: the membership's version as read; 412 when stale.") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        service.deleteMember(id, memberId, ifMatch);
        return Response.noContent().build();
    }
}
