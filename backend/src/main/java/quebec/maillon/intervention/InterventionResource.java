package quebec.maillon.intervention;

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
import java.time.LocalDate;
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

@Path("/api/v1/interventions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Interventions", description = "Interventions (dossiers d'intervention): opened from an accepted request or directly, "
        + "with their status transitions and history")
public class InterventionResource {

    static final String READ_ROLES = "Roles: organizer, manager, admin (read only), integration; all records of the caller's "
            + "establishment (another establishment's record answers 404). reporting: 403.";
    static final String WRITE_ROLES = "Roles: manager and integration (any intervention of their establishment); organizer "
            + "(interventions of their territories, or where they are the lead or a co-organizer; 403 otherwise). "
            + "admin and reporting: 403.";

    @Inject
    InterventionService service;

    @Inject
    IdempotencyService idempotency;

    @Inject
    CurrentUser user;

    @GET
    @RolesAllowed({"organizer", "manager", "admin", "integration"})
    @Operation(operationId = "listInterventions", summary = "List the interventions of my establishment",
            description = "The most recently opened first; every filter is optional and they combine (AND). Page with "
                    + "`cursor` and `limit`. " + SyncPage.SYNC_LIST + "Transitions (closing, re-opening) change `updatedAt`; "
                    + "activities do not (synchronize them from GET /api/v1/activities). " + READ_ROLES)
    @APIResponse(responseCode = "200", description = "A page of interventions.")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "422", ref = "ValidationFailed")
    public InterventionPage list(
            @Parameter(description = "Interventions where this organizer is the lead or a co-organizer.",
                    example = "60000000-0000-4000-8000-000000000001", schema = @Schema(type = SchemaType.STRING, format = "uuid")) @QueryParam("organizer") String organizer,
            @Parameter(description = "PLANNED, ACTIVE, ON_HOLD or CLOSED.", example = "ACTIVE", schema = @Schema(type = SchemaType.STRING, enumeration = {"PLANNED", "ACTIVE", "ON_HOLD", "CLOSED"})) @QueryParam("status") String status,
            @Parameter(description = "service-offers code.", example = "ORGANIZATION_SUPPORT") @QueryParam("serviceOffer") String serviceOffer,
            @Parameter(description = "determinants code.", example = "FOOD_SECURITY") @QueryParam("determinant") String determinant,
            @Parameter(description = "Territory code.", example = "LAN-JOLIETTE") @QueryParam("territory") String territory,
            @Parameter(description = "Interventions supporting this organization.", example = "10000000-0000-4000-8000-000000000001", schema = @Schema(type = SchemaType.STRING, format = "uuid"))
            @QueryParam("organization") String organization,
            @Parameter(description = "Interventions concerning this concertation place.", example = "40000000-0000-4000-8000-000000000001", schema = @Schema(type = SchemaType.STRING, format = "uuid"))
            @QueryParam("concertation") String concertation,
            @Parameter(description = "Period start (YYYY-MM-DD): interventions still open on or after this date "
                    + "(not closed, or closed on or after it).", example = "2026-04-01", schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("from") String from,
            @Parameter(description = "Period end (YYYY-MM-DD): interventions opened on or before this date.", example = "2027-03-31", schema = @Schema(type = SchemaType.STRING, format = "date"))
            @QueryParam("to") String to,
            @Parameter(description = SyncPage.UPDATED_SINCE, example = "2026-11-01T00:00:00-04:00", schema = @Schema(type = SchemaType.STRING, format = "date-time"))
            @QueryParam("updatedSince") String updatedSince,
            @Parameter(description = "Part of the title, accents and case ignored.", example = "ecole") @QueryParam("q") String q,
            @Parameter(description = "The nextCursor of the previous page.") @QueryParam("cursor") String cursor,
            @Parameter(description = "Page size, 1 to 200 (default 50).", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "200", defaultValue = "50")) @QueryParam("limit") String limit) {
        LocalDate fromDate = QueryValues.date("from", from);
        LocalDate toDate = QueryValues.date("to", to);
        QueryValues.range("from", fromDate, toDate);
        InterventionService.Filter filter = new InterventionService.Filter(
                QueryValues.uuid("organizer", organizer),
                QueryValues.enumValue("status", status, Intervention.Status.class),
                blankToNull(serviceOffer), blankToNull(determinant), blankToNull(territory),
                QueryValues.uuid("organization", organization),
                QueryValues.uuid("concertation", concertation),
                fromDate, toDate, QueryValues.dateTime("updatedSince", updatedSince), q);
        return service.list(filter, cursor, QueryValues.integer("limit", limit));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({"organizer", "manager", "admin", "integration"})
    @Operation(operationId = "getIntervention", summary = "One intervention", description = READ_ROLES)
    @APIResponse(responseCode = "200", description = "The intervention; its ETag is for If-Match.",
            headers = @Header(name = "ETag", description = "The intervention's version.", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = InterventionDto.class)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response get(@Parameter(description = "Intervention id.", example = "30000000-0000-4000-8000-000000000050") @PathParam("id") UUID id) {
        Intervention i = service.get(id);
        return Response.ok(service.toDto(i)).tag(Etags.tag(i.version)).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"organizer", "manager", "integration"})
    @Operation(operationId = "createIntervention", summary = "Open an intervention directly",
            description = "For work on the service's own initiative (e.g. a public-health programme); interventions of "
                    + "accepted requests open by themselves. Status PLANNED or ACTIVE (default ACTIVE); the opening is the "
                    + "first entry of its history. Codes, organizers, organizations and the concertation must be of the "
                    + "caller's establishment (422 naming the field otherwise). Send an `Idempotency-Key` to retry safely: "
                    + "the same key and body answer the intervention created first. " + WRITE_ROLES)
    @RequestBody(content = @Content(examples = @ExampleObject(name = "ecoleEnSante", summary = "A public-health programme in Matawinie",
            value = "{\"title\": \"Déploiement de l'approche École en santé à Saint-Côme\", \"territoryCode\": \"LAN-MATAWINIE\", "
                    + "\"leadOrganizerId\": \"60000000-0000-4000-8000-000000000001\", \"coOrganizerIds\": [\"60000000-0000-4000-8000-000000000004\"], "
                    + "\"serviceOfferCode\": \"GOVERNMENT_PROGRAMS\", \"axisCode\": \"PUBLIC_HEALTH_PROGRAMS\", \"types\": [\"AWARENESS\", \"CONCERTATION_MOBILIZATION\"], "
                    + "\"determinants\": [\"EDUCATION\", \"LIFESTYLE\"], \"populations\": [\"YOUTH\", \"FAMILIES\"], "
                    + "\"organizationIds\": [\"10000000-0000-4000-8000-000000000003\", \"10000000-0000-4000-8000-000000000004\"], "
                    + "\"concertationId\": \"40000000-0000-4000-8000-000000000002\", "
                    + "\"objectives\": \"Soutenir l'école et la municipalité dans l'implantation de l'approche École en santé.\", \"status\": \"PLANNED\"}")))
    @APIResponse(responseCode = "201", description = "Opened (or, with a replayed Idempotency-Key, the intervention created first).",
            headers = @Header(name = "ETag", description = "The intervention's version.", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = InterventionDto.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "422", ref = "ValidationFailed")
    public Response create(
            @Parameter(description = "A key of yours (a UUID) that makes retries safe.", example = "5f1c1f7e-3d0b-4a8e-9d2c-0c1e2a3b4c5d")
            @HeaderParam(IdempotencyService.HEADER) String idempotencyKey,
            @Valid @NotNull InterventionInput input) {
        IdempotencyService.Outcome outcome = idempotency.create(user.actor(), idempotencyKey, "createIntervention", input,
                id -> service.create(id, input));
        Intervention i = service.get(UUID.fromString(outcome.id()));
        Response.ResponseBuilder response = Response.created(URI.create("/api/v1/interventions/" + i.id))
                .entity(service.toDto(i)).tag(Etags.tag(i.version));
        if (outcome.replayed()) {
            response.header(IdempotencyService.REPLAYED_HEADER, "true");
        }
        return response.build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"organizer", "manager", "integration"})
    @Operation(operationId = "updateIntervention", summary = "Change an intervention",
            description = "Replaces every field (send the whole intervention). The status does not change here "
                    + "(POST /api/v1/interventions/{id}/transitions). Needs If-Match with the ETag as read (428 without, "
                    + "412 when stale). " + WRITE_ROLES)
    @RequestBody(content = @Content(examples = @ExampleObject(name = "addCoOrganizer", summary = "Add a co-organizer and a population",
            value = "{\"title\": \"Soutien à la planification stratégique de la Soupe populaire de Joliette\", \"territoryCode\": \"LAN-JOLIETTE\", "
                    + "\"leadOrganizerId\": \"60000000-0000-4000-8000-000000000001\", \"coOrganizerIds\": [\"60000000-0000-4000-8000-000000000002\"], "
                    + "\"serviceOfferCode\": \"ORGANIZATION_SUPPORT\", \"axisCode\": \"LOCAL_ORGANIZATIONS_SUPPORT\", "
                    + "\"types\": [\"EXISTING_RESOURCES_SUPPORT\"], \"determinants\": [\"FOOD_SECURITY\", \"POVERTY\"], "
                    + "\"populations\": [\"LOW_INCOME\", \"FAMILIES\"], \"organizationIds\": [\"10000000-0000-4000-8000-000000000001\"], "
                    + "\"concertationId\": \"40000000-0000-4000-8000-000000000001\", "
                    + "\"objectives\": \"Accompagner le conseil d'administration dans sa planification stratégique.\"}")))
    @APIResponse(responseCode = "200", description = "Changed.",
            headers = @Header(name = "ETag", description = "The intervention's new version.", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = InterventionDto.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "422", ref = "ValidationFailed")
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    public Response update(
            @Parameter(description = "Intervention id.", example = "30000000-0000-4000-8000-000000000050") @PathParam("id") UUID id,
            @Parameter(description = "The ETag of the intervention as read.", required = true, example = "\"0\"")
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull InterventionInput input) {
        Intervention i = service.update(id, ifMatch, input);
        return Response.ok(service.toDto(i)).tag(Etags.tag(i.version)).build();
    }

    @POST
    @Path("/{id}/transitions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"organizer", "manager", "integration"})
    @Operation(operationId = "transitionIntervention", summary = "Change an intervention's status",
            description = "Allowed: PLANNED → ACTIVE | CLOSED; ACTIVE → ON_HOLD | CLOSED; ON_HOLD → ACTIVE | CLOSED; "
                    + "CLOSED → ACTIVE (re-opening: `note` required; the closing date and bilan are cleared on the "
                    + "intervention and kept in its history). Closing needs `closingSummary` (422 without) and "
                    + "`closedOn` (default today, not in the future, not before the opening). Refusals answer 409 with "
                    + "a clear detail: a transition not in the list, closing an intervention that is already closed, "
                    + "closing an intervention with no activity recorded. Every transition is kept "
                    + "(GET /api/v1/interventions/{id}/history) and audited. If-Match is optional here (checked when "
                    + "sent). " + WRITE_ROLES)
    @RequestBody(content = @Content(examples = @ExampleObject(name = "close", summary = "Close an active intervention with its bilan",
            value = "{\"to\": \"CLOSED\", \"note\": \"Objectifs atteints.\", \"closingSummary\": \"Le comité de citoyens a obtenu le "
                    + "prêt de l'ancien presbytère; la programmation communautaire démarre à l'automne.\"}")))
    @APIResponse(responseCode = "200", description = "The intervention in its new status.",
            headers = @Header(name = "ETag", description = "The intervention's new version.", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = InterventionDto.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "422", ref = "ValidationFailed")
    public Response transition(
            @Parameter(description = "Intervention id.", example = "30000000-0000-4000-8000-000000000051") @PathParam("id") UUID id,
            @Parameter(description = "Optional: the ETag as read; 412 when stale.") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull TransitionInput input) {
        Intervention i = service.transition(id, ifMatch, input);
        return Response.ok(service.toDto(i)).tag(Etags.tag(i.version)).build();
    }

    @GET
    @Path("/{id}/history")
    @RolesAllowed({"organizer", "manager", "admin", "integration"})
    @Operation(operationId = "getInterventionHistory", summary = "An intervention's status history",
            description = "Every transition, oldest first: who, when, from, to, why (and the bilan of each closing). " + READ_ROLES)
    @APIResponse(responseCode = "200", description = "The transitions.")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public InterventionHistory history(
            @Parameter(description = "Intervention id.", example = "30000000-0000-4000-8000-000000000055") @PathParam("id") UUID id) {
        return service.history(id);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
