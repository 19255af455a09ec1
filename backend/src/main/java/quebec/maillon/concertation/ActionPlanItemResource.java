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

/** Items of a concertation place's action plan. */
@Path("/api/v1/concertations/{id}/action-plan-items")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Concertations")
public class ActionPlanItemResource {

    @Inject
    ConcertationPartsService service;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"organizer", "manager", "integration"})
    @Operation(operationId = "addActionPlanItem", summary = "Add an action-plan item",
            description = "Objective, who is responsible, due date, state (default PLANNED) and position (default: after the last item). Audited. " + ConcertationResource.WRITE_ROLES)
    @RequestBody(content = @Content(examples = @ExampleObject(name = "transport", summary = "A transport objective for the Matawinie committee",
            value = "{\"objective\": \"Documenter les besoins de transport collectif des aînés des municipalités rurales\", \"responsible\": \"Comité transport\", \"dueOn\": \"2027-06-30\", \"state\": \"PLANNED\"}")))
    @APIResponse(responseCode = "201", description = "Added.",
            headers = @Header(name = "ETag", description = "The action-plan item's version.", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = ActionPlanItemDto.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "422", ref = "ValidationFailed")
    public Response add(
            @Parameter(description = "Concertation id.", example = "40000000-0000-4000-8000-000000000002") @PathParam("id") UUID id,
            @Valid @NotNull ActionPlanItemInput input) {
        ActionPlanItemDto dto = service.addItem(id, input);
        return Response.created(URI.create("/api/v1/concertations/" + id + "/action-plan-items/" + dto.id()))
                .entity(dto).tag(Etags.tag(dto.version())).build();
    }

    @GET
    @Path("/{itemId}")
    @RolesAllowed({"organizer", "manager", "admin", "integration"})
    @Operation(operationId = "getActionPlanItem", summary = "One action plan item",
            description = "With its ETag, for If-Match. " + ConcertationResource.READ_ROLES)
    @APIResponse(responseCode = "200", description = "Found.",
            headers = @Header(name = "ETag", description = "Its version.", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = ActionPlanItemDto.class)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response get(
            @Parameter(description = "Concertation id.", example = "40000000-0000-4000-8000-000000000001") @PathParam("id") UUID id,
            @Parameter(example = "43000000-0000-4000-8000-000000000001") @PathParam("itemId") UUID itemId) {
        ActionPlanItemDto dto = service.item(id, itemId);
        return Response.ok(dto).tag(Etags.tag(dto.version())).build();
    }

    @PUT
    @Path("/{itemId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"organizer", "manager", "integration"})
    @Operation(operationId = "updateActionPlanItem", summary = "Change an action-plan item",
            description = "Move it through PLANNED, IN_PROGRESS, DONE or ABANDONED. Replaces every field. Needs If-Match with its version (428 without, 412 when stale). Audited. "
                    + ConcertationResource.WRITE_ROLES)
    @RequestBody(content = @Content(examples = @ExampleObject(name = "done", summary = "The map of food aid is done",
            value = "{\"objective\": \"Cartographier l'offre d'aide alimentaire du territoire\", \"responsible\": \"Comité de travail\", \"dueOn\": \"2026-12-31\", \"state\": \"DONE\", \"position\": 1}")))
    @APIResponse(responseCode = "200", description = "Changed.",
            headers = @Header(name = "ETag", description = "The action-plan item's new version.", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = ActionPlanItemDto.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "422", ref = "ValidationFailed")
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    public Response update(
            @Parameter(description = "Concertation id.", example = "40000000-0000-4000-8000-000000000001") @PathParam("id") UUID id,
            @Parameter(description = "The action-plan item.", example = "43000000-0000-4000-8000-000000000001") @PathParam("itemId") UUID itemId,
            @Parameter(description = "The action-plan item's version as read.", required = true, example = "\"0\"")
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull ActionPlanItemInput input) {
        ActionPlanItemDto dto = service.updateItem(id, itemId, ifMatch, input);
        return Response.ok(dto).tag(Etags.tag(dto.version())).build();
    }

    @DELETE
    @Path("/{itemId}")
    @RolesAllowed({"organizer", "manager", "integration"})
    @Operation(operationId = "deleteActionPlanItem", summary = "Delete an action-plan item",
            description = "For an item recorded by mistake; an objective given up is ABANDONED instead. If-Match is optional (checked when sent). Audited. " + ConcertationResource.WRITE_ROLES)
    @APIResponse(responseCode = "204", description = "Removed.")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    public Response delete(
            @Parameter(description = "Concertation id.", example = "40000000-0000-4000-8000-000000000001") @PathParam("id") UUID id,
            @Parameter(description = "The action-plan item.", example = "43000000-0000-4000-8000-000000000003") @PathParam("itemId") UUID itemId,
            @Parameter(description = "Optional: the action-plan item's version as read; 412 when stale.") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        service.deleteItem(id, itemId, ifMatch);
        return Response.noContent().build();
    }
}
