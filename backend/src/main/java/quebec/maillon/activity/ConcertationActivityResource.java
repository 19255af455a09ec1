package quebec.maillon.activity;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
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
import quebec.maillon.common.IdempotencyService;
import quebec.maillon.concertation.ConcertationService;

/** The activity journal of one concertation place. */
@Path("/api/v1/concertations/{id}/activities")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Activities")
public class ConcertationActivityResource {

    @Inject
    ActivityService service;

    @Inject
    ActivityCreator creator;

    @Inject
    ConcertationService concertations;

    @GET
    @RolesAllowed({"organizer", "manager", "admin", "integration"})
    @Operation(operationId = "listConcertationActivities", summary = "A concertation's activity journal",
            description = "The most recent first, with the total minutes of every matching activity. "
                    + ActivityResource.READ_ROLES)
    @APIResponse(responseCode = "200", description = "A page of the concertation's activities.")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "422", ref = "ValidationFailed")
    public ActivityPage list(
            @Parameter(description = "Concertation id.", example = "40000000-0000-4000-8000-000000000001") @PathParam("id") UUID id,
            @Parameter(description = "Only this organizer's activities.", schema = @Schema(type = SchemaType.STRING, format = "uuid")) @QueryParam("organizer") String organizer,
            @Parameter(description = "From this day (YYYY-MM-DD), included.", schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("from") String from,
            @Parameter(description = "To this day (YYYY-MM-DD), included.", schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("to") String to,
            @Parameter(description = "Only activities with this professional act.") @QueryParam("act") String act,
            @Parameter(description = "The nextCursor of the previous page.") @QueryParam("cursor") String cursor,
            @Parameter(description = "Page size, 1 to 200 (default 50).", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "200", defaultValue = "50")) @QueryParam("limit") String limit) {
        concertations.get(id);
        ActivityService.Filter f = ActivityResource.filter(organizer, null, null, from, to, act, null);
        return service.list(new ActivityService.Filter(f.organizer(), null, id, f.from(), f.to(), f.act(), null), cursor, QueryValues.integer("limit", limit));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"organizer", "manager", "integration"})
    @Operation(operationId = "createConcertationActivity", summary = "Record an activity on a concertation",
            description = "As POST /api/v1/activities, the concertation coming from the path (concertationId may be "
                    + "omitted; interventionId must be). " + ActivityResource.CREATE_RULES + ActivityResource.CREATE_ROLES)
    @RequestBody(content = @Content(examples = @ExampleObject(name = "committeeMeeting", summary = "Marie facilitated the committee's meeting",
            value = "{\"occurredOn\": \"2026-10-21\", \"durationMinutes\": 150, \"organizerId\": \"60000000-0000-4000-8000-000000000001\", "
                    + "\"acts\": [\"FACILITATE\", \"WRITE\"], \"notes\": \"Animation de la rencontre du comité et compte rendu.\", \"participants\": 16}")))
    @APIResponse(responseCode = "201", description = "Recorded (or, with a replayed Idempotency-Key, the activity recorded first).",
            headers = @Header(name = "ETag", description = "The activity's version.", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = ActivityDto.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "ValidationFailed")
    public Response create(
            @Parameter(description = "Concertation id.", example = "40000000-0000-4000-8000-000000000002") @PathParam("id") UUID id,
            @Parameter(description = "A key of yours (a UUID) that makes retries safe.", example = "9a4b2c1d-7e6f-4a3b-8c5d-1e2f3a4b5c6d")
            @HeaderParam(IdempotencyService.HEADER) String idempotencyKey,
            @Valid @NotNull ActivityInput input) {
        return creator.create(idempotencyKey, "createActivity:concertation:" + id, input, null, id);
    }
}
