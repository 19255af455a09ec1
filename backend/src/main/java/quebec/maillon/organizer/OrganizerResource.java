package quebec.maillon.organizer;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import quebec.maillon.common.Etags;
import quebec.maillon.common.QueryValues;
import quebec.maillon.common.SyncPage;

@Path("/api/v1/organizers")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Organizers", description = "The directory of community organizers (assignment and filters pick from it)")
public class OrganizerResource {

    @Inject
    OrganizerService service;

    @GET
    @RolesAllowed({"organizer", "manager", "admin", "integration"})
    @Operation(operationId = "listOrganizers", summary = "List the organizers of my establishment",
            description = "Sorted by name. " + SyncPage.SYNC_LIST + "Organizers are never deleted: one who leaves is "
                    + "deactivated (`active` false). Roles: organizer, manager, admin, integration.")
    @APIResponse(responseCode = "200", description = "A page of organizers.")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "422", ref = "ValidationFailed")
    public OrganizerPage list(
            @Parameter(description = "Only organizers of this territory.", example = "LAN-JOLIETTE") @QueryParam("territory") String territory,
            @Parameter(description = "true: active only; false: those who left.") @QueryParam("active") Boolean active,
            @Parameter(description = "Part of the name, accents and case ignored.", example = "tremblay") @QueryParam("q") String q,
            @Parameter(description = SyncPage.UPDATED_SINCE, example = "2026-01-01T00:00:00Z",
                    schema = @Schema(type = SchemaType.STRING, format = "date-time")) @QueryParam("updatedSince") String updatedSince,
            @Parameter(description = "The nextCursor of the previous page.") @QueryParam("cursor") String cursor,
            @Parameter(description = "Page size, 1 to 200 (default 50).") @QueryParam("limit") Integer limit) {
        return service.list(territory, active, q, QueryValues.dateTime("updatedSince", updatedSince), cursor, limit);
    }

    @GET
    @Path("/me")
    @RolesAllowed({"organizer", "manager"})
    @Operation(operationId = "getMyOrganizerEntry", summary = "My entry in the directory",
            description = "The caller's directory entry, created at first login. Roles: organizer, manager.")
    @APIResponse(responseCode = "200", description = "The caller's entry.",
            content = @Content(schema = @Schema(implementation = OrganizerDto.class)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    public Response mine() {
        Organizer o = service.current().orElseThrow();
        return Response.ok(OrganizerDto.of(o)).tag(Etags.tag(o.version)).build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({"organizer", "manager", "admin", "integration"})
    @Operation(operationId = "getOrganizer", summary = "One organizer", description = "Roles: organizer, manager, admin, integration.")
    @APIResponse(responseCode = "200", description = "The organizer; its ETag is for If-Match.",
            content = @Content(schema = @Schema(implementation = OrganizerDto.class)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response get(@Parameter(example = "60000000-0000-4000-8000-000000000002") @PathParam("id") UUID id) {
        Organizer o = service.get(id);
        return Response.ok(OrganizerDto.of(o)).tag(Etags.tag(o.version)).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"admin"})
    @Operation(operationId = "createOrganizer", summary = "Add an organizer ahead of their first login",
            description = "The entry is linked to the person at their first login (same username). Role: admin.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "newOrganizer",
            value = "{\"username\": \"julie.morin\", \"name\": \"Julie Morin\", \"email\": \"julie.morin@demo.maillon.quebec\", \"territories\": [\"LAN-MONTCALM\"]}")))
    @APIResponse(responseCode = "201", description = "Created.", content = @Content(schema = @Schema(implementation = OrganizerDto.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "ValidationFailed")
    public Response create(@Valid @NotNull OrganizerInput input) {
        UUID id = service.create(input);
        Organizer o = service.get(id);
        return Response.created(URI.create("/api/v1/organizers/" + id)).entity(OrganizerDto.of(o))
                .tag(Etags.tag(o.version)).build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"admin"})
    @Operation(operationId = "updateOrganizer", summary = "Change or deactivate an organizer",
            description = "Send `active: false` when an organizer leaves: their work stays counted. Needs If-Match. Role: admin.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "territories",
            value = "{\"username\": \"eric.beaulieu\", \"name\": \"Éric Beaulieu\", \"email\": \"eric.beaulieu@demo.maillon.quebec\", \"territories\": [\"LAN-DAUTRAY\", \"LAN-MONTCALM\"], \"active\": true}")))
    @APIResponse(responseCode = "200", description = "Updated.", content = @Content(schema = @Schema(implementation = OrganizerDto.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "422", ref = "ValidationFailed")
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    public Response update(@Parameter(example = "60000000-0000-4000-8000-000000000004") @PathParam("id") UUID id,
            @Parameter(description = "The ETag of the organizer as read.", required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull OrganizerInput input) {
        Organizer o = service.update(id, ifMatch, input);
        return Response.ok(OrganizerDto.of(o)).tag(Etags.tag(o.version)).build();
    }
}
