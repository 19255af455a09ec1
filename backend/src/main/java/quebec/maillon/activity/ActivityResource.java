package quebec.maillon.activity;

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

@Path("/api/v1/activities")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Activities", description = "The activity journal (actes professionnels): what organizers did, when, for how long, "
        + "for which intervention or concertation; timesheets")
public class ActivityResource {

    static final String READ_ROLES = "Roles: organizer, manager, admin (read only), integration; every activity of the "
            + "caller's establishment (another establishment's answers 404). reporting: 403.";
    static final String CREATE_ROLES = "Roles: organizer (their own activities, on interventions and concertations of their "
            + "territories or where they are assigned: lead or co-organizer, supporting organizer; 403 otherwise), manager "
            + "(any organizer of the establishment), integration (must name the organizer). admin and reporting: 403.";
    static final String CHANGE_ROLES = "Roles: organizer (only their own activities; 403 otherwise), manager and integration "
            + "(any activity of their establishment). admin and reporting: 403.";
    static final String CREATE_RULES = "Rules (422 naming each field): occurredOn today or before (Québec calendar); "
            + "durationMinutes 1 to 1440; at least one professional act (professional-acts codes); exactly one of "
            + "interventionId and concertationId, of the caller's establishment; organizerId an active organizer of the "
            + "establishment. An activity on a closed intervention or concertation is a 409. ";

    @Inject
    ActivityService service;

    @Inject
    ActivityCreator creator;

    @GET
    @RolesAllowed({"organizer", "manager", "admin", "integration"})
    @Operation(operationId = "listActivities", summary = "List activities, with their total minutes",
            description = "The most recent first. Filter by organizer and date range for an organizer's week: "
                    + "`totalMinutes` sums every matching activity (all pages). " + SyncPage.SYNC_LIST + "Activities are "
                    + "really deleted: a pass lists the deletions of its window in `deleted`, on its last pages, after the "
                    + "changed activities. " + READ_ROLES)
    @APIResponse(responseCode = "200", description = "A page of activities and the total minutes of the filtered set.")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "422", ref = "ValidationFailed")
    public ActivityPage list(
            @Parameter(description = "Only this organizer's activities.", example = "60000000-0000-4000-8000-000000000001", schema = @Schema(type = SchemaType.STRING, format = "uuid"))
            @QueryParam("organizer") String organizer,
            @Parameter(description = "Only activities of this intervention.", example = "30000000-0000-4000-8000-000000000050", schema = @Schema(type = SchemaType.STRING, format = "uuid"))
            @QueryParam("intervention") String intervention,
            @Parameter(description = "Only activities of this concertation.", example = "40000000-0000-4000-8000-000000000001", schema = @Schema(type = SchemaType.STRING, format = "uuid"))
            @QueryParam("concertation") String concertation,
            @Parameter(description = "From this day (YYYY-MM-DD), included.", example = "2026-04-01", schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("from") String from,
            @Parameter(description = "To this day (YYYY-MM-DD), included.", example = "2027-03-31", schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("to") String to,
            @Parameter(description = "Only activities with this professional act.", example = "FACILITATE") @QueryParam("act") String act,
            @Parameter(description = SyncPage.UPDATED_SINCE + " Deletions come in `deleted`.", example = "2026-11-01T00:00:00-04:00", schema = @Schema(type = SchemaType.STRING, format = "date-time"))
            @QueryParam("updatedSince") String updatedSince,
            @Parameter(description = "The nextCursor of the previous page.") @QueryParam("cursor") String cursor,
            @Parameter(description = "Page size, 1 to 200 (default 50).", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "200", defaultValue = "50")) @QueryParam("limit") String limit) {
        return service.list(filter(organizer, intervention, concertation, from, to, act, updatedSince), cursor, QueryValues.integer("limit", limit));
    }

    static ActivityService.Filter filter(String organizer, String intervention, String concertation, String from, String to,
            String act, String updatedSince) {
        LocalDate fromDate = QueryValues.date("from", from);
        LocalDate toDate = QueryValues.date("to", to);
        QueryValues.range("from", fromDate, toDate);
        return new ActivityService.Filter(QueryValues.uuid("organizer", organizer), QueryValues.uuid("intervention", intervention),
                QueryValues.uuid("concertation", concertation), fromDate, toDate,
                act == null || act.isBlank() ? null : act.trim(), QueryValues.dateTime("updatedSince", updatedSince));
    }

    @GET
    @Path("/timesheet")
    @RolesAllowed({"organizer", "manager", "admin", "integration"})
    @Operation(operationId = "getTimesheet", summary = "An organizer's timesheet",
            description = "Minutes per day, every day of the period (zero included), and the total. Default organizer: "
                    + "the caller; default period: the current week, Monday to Sunday (Québec time); with only `from` or "
                    + "only `to`, a 7-day period. At most 366 days. " + READ_ROLES)
    @APIResponse(responseCode = "200", description = "The timesheet.")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "422", ref = "ValidationFailed")
    public Timesheet timesheet(
            @Parameter(description = "The organizer (directory id); default: the caller.", example = "60000000-0000-4000-8000-000000000001", schema = @Schema(type = SchemaType.STRING, format = "uuid"))
            @QueryParam("organizer") String organizer,
            @Parameter(description = "First day (YYYY-MM-DD).", example = "2026-11-16", schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("from") String from,
            @Parameter(description = "Last day (YYYY-MM-DD).", example = "2026-11-22", schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("to") String to) {
        return service.timesheet(QueryValues.uuid("organizer", organizer), QueryValues.date("from", from), QueryValues.date("to", to));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({"organizer", "manager", "admin", "integration"})
    @Operation(operationId = "getActivity", summary = "One activity", description = READ_ROLES)
    @APIResponse(responseCode = "200", description = "The activity; its ETag is for If-Match.",
            headers = @Header(name = "ETag", description = "The activity's version.", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = ActivityDto.class)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response get(@Parameter(description = "Activity id.", example = "50000000-0000-4000-8000-000000000001") @PathParam("id") UUID id) {
        Activity a = service.get(id);
        return Response.ok(service.toDto(a)).tag(Etags.tag(a.version)).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"organizer", "manager", "integration"})
    @Operation(operationId = "createActivity", summary = "Record an activity",
            description = CREATE_RULES + "Send an `Idempotency-Key` to retry safely. " + CREATE_ROLES)
    @RequestBody(content = @Content(examples = @ExampleObject(name = "facilitation", summary = "Marie facilitated a working meeting",
            value = "{\"occurredOn\": \"2026-10-14\", \"durationMinutes\": 120, \"organizerId\": \"60000000-0000-4000-8000-000000000001\", "
                    + "\"acts\": [\"FACILITATE\", \"WRITE\"], \"notes\": \"Atelier de priorisation avec le comité; compte rendu rédigé.\", "
                    + "\"participants\": 9, \"interventionId\": \"30000000-0000-4000-8000-000000000052\"}")))
    @APIResponse(responseCode = "201", description = "Recorded (or, with a replayed Idempotency-Key, the activity recorded first).",
            headers = @Header(name = "ETag", description = "The activity's version.", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = ActivityDto.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "ValidationFailed")
    public Response create(
            @Parameter(description = "A key of yours (a UUID) that makes retries safe.", example = "0b6f7a52-6a53-4c61-b1f5-8f2f0f6d9e11")
            @HeaderParam(IdempotencyService.HEADER) String idempotencyKey,
            @Valid @NotNull ActivityInput input) {
        return creator.create(idempotencyKey, "createActivity", input, null, null);
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"organizer", "manager", "integration"})
    @Operation(operationId = "updateActivity", summary = "Change an activity",
            description = "Replaces every field. Needs If-Match with the ETag as read (428 without, 412 when stale). "
                    + CREATE_RULES + "The journal of a closed intervention or concertation does not change (409). " + CHANGE_ROLES)
    @RequestBody(content = @Content(examples = @ExampleObject(name = "longer", summary = "Correct the duration and the acts",
            value = "{\"occurredOn\": \"2026-09-17\", \"durationMinutes\": 150, \"organizerId\": \"60000000-0000-4000-8000-000000000001\", "
                    + "\"acts\": [\"CONSULT_ADVISE\", \"ACCOMPANY\"], \"notes\": \"Rencontre avec la direction générale sur le plan stratégique.\", "
                    + "\"participants\": 3, \"interventionId\": \"30000000-0000-4000-8000-000000000050\"}")))
    @APIResponse(responseCode = "200", description = "Changed.",
            headers = @Header(name = "ETag", description = "The activity's new version.", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = ActivityDto.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "422", ref = "ValidationFailed")
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    public Response update(
            @Parameter(description = "Activity id.", example = "50000000-0000-4000-8000-000000000002") @PathParam("id") UUID id,
            @Parameter(description = "The ETag of the activity as read.", required = true, example = "\"0\"")
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull ActivityInput input) {
        Activity a = service.update(id, ifMatch, input);
        return Response.ok(service.toDto(a)).tag(Etags.tag(a.version)).build();
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({"organizer", "manager", "integration"})
    @Operation(operationId = "deleteActivity", summary = "Delete an activity",
            description = "A real delete (a journal entry recorded by mistake); the audit trail keeps what it was, and "
                    + "synchronizing clients find the id in the `deleted` of GET /api/v1/activities?updatedSince=... If-Match "
                    + "is optional (checked when sent). The journal of a closed intervention or concertation does not "
                    + "change (409). " + CHANGE_ROLES)
    @APIResponse(responseCode = "204", description = "Deleted.")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    public Response delete(
            @Parameter(description = "Activity id.", example = "50000000-0000-4000-8000-000000000003") @PathParam("id") UUID id,
            @Parameter(description = "Optional: the ETag as read; 412 when stale.") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        service.delete(id, ifMatch);
        return Response.noContent().build();
    }
}
