package quebec.maillon.integration;

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

@Path("/api/v1/webhooks")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Webhooks", description = "Events pushed to the establishment's systems: at least once, in order per record, signed")
public class WebhookResource {

    private static final String DELIVERY = "Each event is POSTed as JSON {type, establishment, recordType, recordId, "
            + "occurredAt, data} with headers X-Maillon-Event, X-Maillon-Delivery (id, the same on retries), "
            + "X-Maillon-Timestamp and X-Maillon-Signature: sha256=hex(HMAC-SHA256(secret, \"{timestamp}.{body}\")). "
            + "Answer 2xx to acknowledge; anything else (or no answer in 10 s) is retried with exponential back-off "
            + "(10 s, 20 s, 40 s, … up to 1 h, 30 attempts). Events of one record arrive in order: a later event waits "
            + "until the earlier one is delivered.";

    @Inject
    WebhookService service;

    @GET
    @RolesAllowed({"admin"})
    @Operation(operationId = "listWebhooks", summary = "Webhook subscriptions of my establishment", description = "Role: admin.")
    @APIResponse(responseCode = "200", description = "The subscriptions (secrets are never shown again).")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    public WebhookDtos.PageView list() {
        return service.list();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"admin"})
    @Operation(operationId = "createWebhook", summary = "Subscribe an HTTPS endpoint to events",
            description = DELIVERY + " The answer carries the signing secret, once. Role: admin.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "dataWarehouse", value = """
            {"url": "https://entrepot.cisss-lanaudiere.example/maillon/events", "eventTypes": ["request.received", "request.decided"], \
            "description": "Entrepôt de données du CISSS"}""")))
    @APIResponse(responseCode = "201", description = "Subscribed; `secret` is shown this once.",
            content = @Content(schema = @Schema(implementation = WebhookDtos.View.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "422", ref = "ValidationFailed")
    public Response create(@Valid @NotNull WebhookDtos.Input in) {
        WebhookService.Stored s = service.create(in);
        return Response.created(URI.create("/api/v1/webhooks/" + s.view().id())).entity(s.view()).tag(Etags.tag(s.version())).build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({"admin"})
    @Operation(operationId = "getWebhook", summary = "One subscription", description = "Role: admin.")
    @APIResponse(responseCode = "200", description = "The subscription.", content = @Content(schema = @Schema(implementation = WebhookDtos.View.class)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response get(@Parameter(example = "80000000-0000-4000-8000-000000000001") @PathParam("id") UUID id) {
        WebhookService.Stored s = service.get(id);
        return Response.ok(s.view()).tag(Etags.tag(s.version())).build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"admin"})
    @Operation(operationId = "updateWebhook", summary = "Change or pause a subscription",
            description = "`active: false` pauses deliveries (they wait). Needs If-Match. Role: admin.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "moreEvents", value = """
            {"url": "https://intranet.cisss-lanaudiere.example/hooks/maillon", "eventTypes": ["intervention.opened", "intervention.closed", "concertation.meeting-recorded"], \
            "description": "Intranet: interventions et concertations (en pause)", "active": false}""")))
    @APIResponse(responseCode = "200", description = "Changed.", content = @Content(schema = @Schema(implementation = WebhookDtos.View.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "422", ref = "ValidationFailed")
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    public Response update(@Parameter(example = "80000000-0000-4000-8000-000000000001") @PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull WebhookDtos.Input in) {
        WebhookService.Stored s = service.update(id, ifMatch, in);
        return Response.ok(s.view()).tag(Etags.tag(s.version())).build();
    }

    @GET
    @Path("/{id}/deliveries")
    @RolesAllowed({"admin"})
    @Operation(operationId = "listWebhookDeliveries", summary = "Delivery log of a subscription",
            description = "Newest first: status, attempts, last HTTP status or error, next attempt. Role: admin.")
    @APIResponse(responseCode = "200", description = "A page of deliveries.")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "422", ref = "ValidationFailed")
    public WebhookDtos.DeliveryPage deliveries(@Parameter(example = "80000000-0000-4000-8000-000000000001") @PathParam("id") UUID id,
            @Parameter(schema = @Schema(type = SchemaType.STRING, enumeration = {"PENDING", "DELIVERED", "FAILED"})) @QueryParam("status") String status,
            @QueryParam("cursor") String cursor, @QueryParam("limit") Integer limit) {
        if (status != null) {
            QueryValues.enumValue("status", status, DeliveryStatus.class);
        }
        return service.deliveries(id, status, cursor, limit);
    }

    enum DeliveryStatus {
        PENDING, DELIVERED, FAILED
    }
}
