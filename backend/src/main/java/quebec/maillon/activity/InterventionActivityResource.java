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
import quebec.maillon.intervention.InterventionService;

/** The activity journal of one intervention. */
@Path("/api/v1/interventions/{id}/activities")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Activities")
public class InterventionActivityResource {

    @Inject
    ActivityService service;

    @Inject
    ActivityCreator creator;

    @Inject
    InterventionService interventions;

    @GET
    @RolesAllowed({"organizer", "manager", "admin", "integration"})
    @Operation(operationId = "listInterventionActivities", summary = "An intervention's activity journal",
            description = "The most recent first, with the total minutes of every matching activity. "
                    + ActivityResource.READ_ROLES)
    @APIResponse(responseCode = "200", description = "A page of the intervention's activities.")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "422", ref = "ValidationFailed")
    public ActivityPage list(
            @Parameter(description = "Intervention id.", example = "30000000-0000-4000-8000-000000000050") @PathParam("id") UUID id,
            @Parameter(description = "Only this organizer's activities.", schema = @Schema(type = SchemaType.STRING, format = "uuid")) @QueryParam("organizer") String organizer,
            @Parameter(description = "From this day (YYYY-MM-DD), included.", schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("from") String from,
            @Parameter(description = "To this day (YYYY-MM-DD), included.", schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("to") String to,
            @Parameter(description = "Only activities with this professional act.") @QueryParam("act") String act,
            @Parameter(description = "The nextCursor of the previous page.") @QueryParam("cursor") String cursor,
            @Parameter(description = "Page size, 1 to 200 (default 50).", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "200", defaultValue = "50")) @QueryParam("limit") String limit) {
        interventions.get(id);
        ActivityService.Filter f = ActivityResource.filter(organizer, null, null, from, to, act, null);
        return service.list(new ActivityService.Filter(f.organizer(), id, null, f.from(), f.to(), f.act(), null), cursor, QueryValues.integer("limit", limit));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"organizer", "manager", "integration"})
    @Operation(operationId = "createInterventionActivity", summary = "Record an activity on an intervention",
            description = "As POST /api/v1/activities, the intervention coming from the path (interventionId may be "
                    + "omitted; concertationId must be). " + ActivityResource.CREATE_RULES + ActivityResource.CREATE_ROLES)
    @RequestBody(content = @Content(examples = @ExampleObject(name = "mobilization", summary = "Éric mobilized partners",
            value = "{\"occurredOn\": \"2026-10-20\", \"durationMinutes\": 180, \"organizerId\": \"60000000-0000-4000-8000-000000000004\", "
                    + "\"acts\": [\"MOBILIZE\", \"LIAISE\"], \"notes\": \"Rencontre des partenaires du transport collectif.\", \"participants\": 14}")))
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
            @Parameter(description = "Intervention id.", example = "30000000-0000-4000-8000-000000000053") @PathParam("id") UUID id,
            @Parameter(description = "A key of yours (a UUID) that makes retries safe.", example = "2c0d8a4e-1f43-4f5e-8d7b-36a1b8f0c5d2")
            @HeaderParam(IdempotencyService.HEADER) String idempotencyKey,
            @Valid @NotNull ActivityInput input) {
        return creator.create(idempotencyKey, "createActivity:intervention:" + id, input, id, null);
    }
}
