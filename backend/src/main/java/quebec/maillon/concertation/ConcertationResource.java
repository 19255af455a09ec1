package quebec.maillon.concertation;

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
import quebec.maillon.common.SyncPage;
import quebec.maillon.security.CurrentUser;

@Path("/api/v1/concertations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Concertations", description = "Concertation places (tables, committees) the service supports: members, supporting "
        + "organizers, meetings and action plan")
public class ConcertationResource {

    static final String READ_ROLES = "Roles: organizer, manager, admin (read only), integration; every concertation of the "
            + "caller's establishment (another establishment's answers 404). reporting: 403.";
    static final String WRITE_ROLES = "Roles: manager and integration (any concertation of their establishment); organizer "
            + "(concertations of their territories, or that they support; 403 otherwise). admin and reporting: 403.";

    @Inject
    ConcertationService service;

    @Inject
    IdempotencyService idempotency;

    @Inject
    CurrentUser user;

    @GET
    @RolesAllowed({"organizer", "manager", "admin", "integration"})
    @Operation(operationId = "listConcertations", summary = "List the concertation places of my establishment",
            description = "Sorted by name; every filter is optional and they combine (AND). " + SyncPage.SYNC_LIST
                    + "A change to a place's members, supporting organizers, meetings or action plan changes its `updatedAt` "
                    + "(read the place for them). " + READ_ROLES)
    @APIResponse(responseCode = "200", description = "A page of concertation places.")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "422", ref = "ValidationFailed")
    public ConcertationPage list(
            @Parameter(description = "Territory code.", example = "LAN-JOLIETTE") @QueryParam("territory") String territory,
            @Parameter(description = "LOCAL, MRC or REGIONAL.", example = "MRC", schema = @Schema(type = SchemaType.STRING, enumeration = {"LOCAL", "MRC", "REGIONAL"})) @QueryParam("scope") String scope,
            @Parameter(description = "ACTIVE, INACTIVE or CLOSED.", example = "ACTIVE", schema = @Schema(type = SchemaType.STRING, enumeration = {"ACTIVE", "INACTIVE", "CLOSED"})) @QueryParam("status") String status,
            @Parameter(description = "concertation-kinds code.", example = "THEMATIC_TABLE") @QueryParam("kind") String kind,
            @Parameter(description = "concertation-themes code.", example = "FOOD_SECURITY") @QueryParam("theme") String theme,
            @Parameter(description = "Places this organizer supports.", example = "60000000-0000-4000-8000-000000000001", schema = @Schema(type = SchemaType.STRING, format = "uuid"))
            @QueryParam("organizer") String organizer,
            @Parameter(description = "Places this organization is currently a member of.", example = "10000000-0000-4000-8000-000000000001", schema = @Schema(type = SchemaType.STRING, format = "uuid"))
            @QueryParam("organization") String organization,
            @Parameter(description = SyncPage.UPDATED_SINCE + " A place counts as changed when its members, organizers, "
                    + "meetings or action plan change.",
                    example = "2026-11-01T00:00:00-04:00", schema = @Schema(type = SchemaType.STRING, format = "date-time")) @QueryParam("updatedSince") String updatedSince,
            @Parameter(description = "Part of the name, accents and case ignored.", example = "securite alimentaire") @QueryParam("q") String q,
            @Parameter(description = "The nextCursor of the previous page.") @QueryParam("cursor") String cursor,
            @Parameter(description = "Page size, 1 to 200 (default 50).", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "200", defaultValue = "50")) @QueryParam("limit") String limit) {
        ConcertationService.Filter filter = new ConcertationService.Filter(blankToNull(territory),
                QueryValues.enumValue("scope", scope, Concertation.Scope.class),
                QueryValues.enumValue("status", status, Concertation.Status.class),
                blankToNull(kind), blankToNull(theme), QueryValues.uuid("organizer", organizer),
                QueryValues.uuid("organization", organization), QueryValues.dateTime("updatedSince", updatedSince), q);
        return service.list(filter, cursor, QueryValues.integer("limit", limit));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({"organizer", "manager", "admin", "integration"})
    @Operation(operationId = "getConcertation", summary = "One concertation place, with its members, organizers, meetings and plan",
            description = "In one answer: members (with organization name and type, current members first), supporting "
                    + "organizers (with names), the 10 most recent meetings and the meeting count, the action plan with "
                    + "counts per state and percent done. Built with a fixed number of queries, whatever its size. " + READ_ROLES)
    @APIResponse(responseCode = "200", description = "The place; its ETag (the place's own fields) is for If-Match.",
            headers = @Header(name = "ETag", description = "The place's version.", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = ConcertationDetail.class)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response get(@Parameter(description = "Concertation id.", example = "40000000-0000-4000-8000-000000000001") @PathParam("id") UUID id) {
        ConcertationService.Loaded loaded = service.loadDetail(id);
        return Response.ok(loaded.detail()).tag(Etags.tag(loaded.version())).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"organizer", "manager", "integration"})
    @Operation(operationId = "createConcertation", summary = "Add a concertation place",
            description = "Territory required unless the scope is REGIONAL; kind and themes from the reference lists (422 "
                    + "naming the field otherwise). Send an `Idempotency-Key` to retry safely. " + WRITE_ROLES)
    @RequestBody(content = @Content(examples = @ExampleObject(name = "youthTable", summary = "A youth table in Montcalm",
            value = "{\"name\": \"Table jeunesse de Montcalm\", \"kindCode\": \"THEMATIC_TABLE\", \"themes\": [\"YOUTH\", \"SCHOOL_PERSEVERANCE\"], "
                    + "\"scope\": \"MRC\", \"territoryCode\": \"LAN-MONTCALM\", \"status\": \"ACTIVE\", "
                    + "\"description\": \"Regroupe les partenaires jeunesse de la MRC de Montcalm.\"}")))
    @APIResponse(responseCode = "201", description = "Added (or, with a replayed Idempotency-Key, the place added first).",
            headers = @Header(name = "ETag", description = "The place's version.", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = ConcertationDetail.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "422", ref = "ValidationFailed")
    public Response create(
            @Parameter(description = "A key of yours (a UUID) that makes retries safe.", example = "7d9e3b8a-5c2f-4e1d-9a6b-4f3e2d1c0b9a")
            @HeaderParam(IdempotencyService.HEADER) String idempotencyKey,
            @Valid @NotNull ConcertationInput input) {
        IdempotencyService.Outcome outcome = idempotency.create(user.actor(), idempotencyKey, "createConcertation", input,
                id -> service.create(id, input));
        UUID id = UUID.fromString(outcome.id());
        ConcertationService.Loaded loaded = service.loadDetail(id);
        Response.ResponseBuilder response = Response.created(URI.create("/api/v1/concertations/" + id))
                .entity(loaded.detail()).tag(Etags.tag(loaded.version()));
        if (outcome.replayed()) {
            response.header(IdempotencyService.REPLAYED_HEADER, "true");
        }
        return response.build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"organizer", "manager", "integration"})
    @Operation(operationId = "updateConcertation", summary = "Change a concertation place",
            description = "Replaces the place's own fields (members, organizers, meetings and plan have their own routes). "
                    + "Needs If-Match with the ETag as read (428 without, 412 when stale). " + WRITE_ROLES)
    @RequestBody(content = @Content(examples = @ExampleObject(name = "addTheme", summary = "Add the housing theme",
            value = "{\"name\": \"Table de concertation en sécurité alimentaire de Joliette\", \"kindCode\": \"THEMATIC_TABLE\", "
                    + "\"themes\": [\"FOOD_SECURITY\", \"POVERTY\", \"HOUSING\"], \"scope\": \"MRC\", \"territoryCode\": \"LAN-JOLIETTE\", "
                    + "\"status\": \"ACTIVE\", \"description\": \"Regroupe les organismes, la municipalité et les partenaires qui agissent "
                    + "en sécurité alimentaire et en logement dans la MRC de Joliette.\"}")))
    @APIResponse(responseCode = "200", description = "Changed.",
            headers = @Header(name = "ETag", description = "The place's new version.", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = ConcertationDetail.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "422", ref = "ValidationFailed")
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    public Response update(
            @Parameter(description = "Concertation id.", example = "40000000-0000-4000-8000-000000000001") @PathParam("id") UUID id,
            @Parameter(description = "The ETag of the place as read.", required = true, example = "\"0\"")
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull ConcertationInput input) {
        service.update(id, ifMatch, input);
        ConcertationService.Loaded loaded = service.loadDetail(id);
        return Response.ok(loaded.detail()).tag(Etags.tag(loaded.version())).build();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
