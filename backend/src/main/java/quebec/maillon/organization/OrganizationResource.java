package quebec.maillon.organization;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
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
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import quebec.maillon.common.Etags;
import quebec.maillon.common.IdempotencyService;
import quebec.maillon.common.QueryValues;
import quebec.maillon.security.CurrentUser;

@Path("/api/v1/organizations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Organizations", description = "Organizations the service works with (organismes, partenaires) and their contact people")
public class OrganizationResource {

    static final String DEMO_ID = "10000000-0000-4000-8000-000000000002";

    @Inject
    OrganizationService service;

    @Inject
    IdempotencyService idempotency;

    @Inject
    CurrentUser user;

    @GET
    @RolesAllowed({"organizer", "manager", "admin", "integration"})
    @Operation(operationId = "listOrganizations", summary = "List the organizations of my establishment",
            description = "Filters combine (AND). `q` matches part of the name, accents and case ignored (\"quebec\" finds "
                    + "\"Québec\"). Sorted by name (accents and case ignored) by default. "
                    + "Synchronization: with `updatedSince` (or `sort=updatedAt`) the list is one pass of a sync feed: by "
                    + "`updatedAt` then `id`, oldest first, archived organizations included (flagged `archived`) unless "
                    + "`archived` is given, and the last page carries `nextUpdatedSince`, the `updatedSince` of the next pass; "
                    + "paging with `cursor` neither skips nor repeats a record, even while organizations change (docs/sync.md). "
                    + "Items carry no contact people (read an organization for them; `contactsAnonymizedAt` tells when some "
                    + "were anonymized). "
                    + "Roles: organizer, manager, admin, integration (reporting: 403).")
    @APIResponse(responseCode = "200", description = "A page of organizations.")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "422", ref = "ValidationFailed")
    public OrganizationPage list(
            @Parameter(description = "Part of the name, accents and case ignored.", example = "regroupement") @QueryParam("q") String q,
            @Parameter(description = "Code of the list organization-types.", example = "COMMUNITY_ORGANIZATION") @QueryParam("type") String type,
            @Parameter(description = "Territory code.", example = "LAN-JOLIETTE") @QueryParam("territory") String territory,
            @Parameter(description = "true: archived organizations only; false: current ones only. Absent: current ones, "
                    + "or both with `updatedSince` (a sync feed shows archiving as a change).", schema = @Schema(type = SchemaType.BOOLEAN))
            @QueryParam("archived") Boolean archived,
            @Parameter(description = "Synchronization: only organizations created or changed at or after this instant (RFC 3339): "
                    + "the `nextUpdatedSince` of the previous pass, or any instant before the first record (1970-01-01T00:00:00Z) "
                    + "for a full copy. Sorts by updatedAt.",
                    example = "2026-01-01T00:00:00Z", schema = @Schema(type = SchemaType.STRING, format = "date-time"))
            @QueryParam("updatedSince") String updatedSince,
            @Parameter(description = "Order: `name` (default) or `updatedAt` (default when updatedSince is given; a sync pass).",
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"name", "updatedAt"}))
            @QueryParam("sort") String sort,
            @Parameter(description = "The nextCursor of the previous page.") @QueryParam("cursor") String cursor,
            @Parameter(description = "Page size, 1 to 200 (default 50).") @QueryParam("limit") Integer limit) {
        return service.list(q, type, territory, archived, QueryValues.dateTime("updatedSince", updatedSince),
                QueryValues.enumValue("sort", sort, OrganizationService.Sort.class), cursor, limit);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({"organizer", "manager", "admin", "integration"})
    @Operation(operationId = "getOrganization", summary = "One organization, with its contact people",
            description = "Archived organizations stay readable. Reading contact people (personal information) is written "
                    + "to the audit trail. Another establishment's organization answers 404. "
                    + "Roles: organizer, manager, admin, integration.")
    @APIResponse(responseCode = "200", description = "The organization; its ETag is for If-Match.",
            headers = @Header(name = "ETag", description = "Version of the record, for If-Match.", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = OrganizationDto.class)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response get(@Parameter(example = DEMO_ID) @PathParam("id") UUID id) {
        Organization o = service.get(id);
        return Response.ok(service.read(o)).tag(Etags.tag(o.version)).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"organizer", "manager", "integration"})
    @Operation(operationId = "createOrganization", summary = "Add an organization",
            description = "The territory must be one of the caller's establishment. The NEQ, when given, is unique within "
                    + "the establishment: a second organization with the same NEQ answers 409 (type `duplicate-neq`, "
                    + "`errors` naming `neq`). Send an `Idempotency-Key` to retry safely: a retry with the same key and body "
                    + "answers the organization created first (201, `Idempotent-Replayed: true`); the same key with another "
                    + "body answers 422. Roles: organizer, manager, integration.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "newOrganization",
            value = "{\"type\": \"COMMUNITY_ORGANIZATION\", \"name\": \"Comptoir alimentaire de Saint-Jean-de-Matha\", "
                    + "\"territory\": \"LAN-MATAWINIE\", \"address\": {\"addressLine\": \"180, rue Sainte-Louise\", "
                    + "\"city\": \"Saint-Jean-de-Matha\", \"postalCode\": \"J0K 2S0\"}, \"contacts\": [{\"name\": \"Ginette Ferland\", "
                    + "\"role\": \"Coordonnatrice\", \"email\": \"ginette.ferland@exemple.org\", \"phone\": \"450 555-0141\"}]}")))
    @APIResponse(responseCode = "201", description = "Created (or, with a replayed Idempotency-Key, the organization created first).",
            headers = {
                @Header(name = "Location", description = "URL of the organization.", schema = @Schema(type = SchemaType.STRING)),
                @Header(name = "ETag", description = "Version of the record, for If-Match.", schema = @Schema(type = SchemaType.STRING)),
                @Header(name = "Idempotent-Replayed", description = "`true` when this answers an earlier request with the same Idempotency-Key.",
                        schema = @Schema(type = SchemaType.STRING))},
            content = @Content(schema = @Schema(implementation = OrganizationDto.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "ValidationFailed")
    public Response create(
            @Parameter(description = "Any unique string (a UUID is a good key) to make retries safe.")
            @HeaderParam(IdempotencyService.HEADER) String idempotencyKey,
            @NotNull OrganizationInput input) {
        IdempotencyService.Outcome outcome = idempotency.create(user.actor(), idempotencyKey, "createOrganization", input,
                id -> service.create(id, input));
        Organization o = service.get(UUID.fromString(outcome.id()));
        Response.ResponseBuilder response = Response.created(URI.create("/api/v1/organizations/" + o.id))
                .entity(service.view(o)).tag(Etags.tag(o.version));
        if (outcome.replayed()) {
            response.header(IdempotencyService.REPLAYED_HEADER, "true");
        }
        return response.build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"organizer", "manager", "integration"})
    @Operation(operationId = "updateOrganization", summary = "Change an organization and its contact people",
            description = "Replaces every field. Contacts: one with `id` is kept and changed, one without is added, one left "
                    + "out is removed (deleted, or anonymized when a request still names it). Needs If-Match (428 without, "
                    + "412 when stale). An archived organization is not changed (409). A NEQ already used by another "
                    + "organization of the establishment answers 409 naming `neq`. Roles: organizer (organizations of their "
                    + "territories), manager, integration.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "changeAddressAndContact",
            value = "{\"type\": \"NON_PROFIT\", \"name\": \"Regroupement des organismes communautaires de Joliette\", "
                    + "\"neq\": \"1170000002\", \"territory\": \"LAN-JOLIETTE\", \"address\": {\"addressLine\": \"450, rue Notre-Dame\", "
                    + "\"city\": \"Joliette\", \"postalCode\": \"J6E 3K4\"}, \"contacts\": [{\"id\": \"11000000-0000-4000-8000-000000000002\", "
                    + "\"name\": \"Luc Bergeron\", \"role\": \"Directeur général\", \"email\": \"luc.bergeron@exemple.org\", "
                    + "\"phone\": \"450 555-0102\"}]}")))
    @APIResponse(responseCode = "200", description = "Updated.",
            headers = @Header(name = "ETag", description = "New version of the record.", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = OrganizationDto.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "422", ref = "ValidationFailed")
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    public Response update(@Parameter(example = DEMO_ID) @PathParam("id") UUID id,
            @Parameter(description = "The ETag of the organization as read.", required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull OrganizationInput input) {
        Organization o = service.update(id, ifMatch, input);
        return Response.ok(service.view(o)).tag(Etags.tag(o.version)).build();
    }

    @POST
    @Path("/{id}/archive")
    @RolesAllowed({"organizer", "manager", "integration"})
    @Operation(operationId = "archiveOrganization", summary = "Archive an organization",
            description = "Nothing with history is deleted: an archived organization stays readable (list it with "
                    + "`archived=true`), keeps its requests and interventions, and is no longer offered as a requester. "
                    + "Needs If-Match. Archiving twice answers 409. Roles: organizer (organizations of their territories), "
                    + "manager, integration.")
    @APIResponse(responseCode = "200", description = "Archived.",
            headers = @Header(name = "ETag", description = "New version of the record.", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = OrganizationDto.class)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    public Response archive(@Parameter(example = "10000000-0000-4000-8000-000000000008") @PathParam("id") UUID id,
            @Parameter(description = "The ETag of the organization as read.", required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        Organization o = service.archive(id, ifMatch);
        return Response.ok(service.view(o)).tag(Etags.tag(o.version)).build();
    }
}
