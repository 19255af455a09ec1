package quebec.maillon.privacy;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
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
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import quebec.maillon.common.Etags;
import quebec.maillon.common.IdempotencyService;
import quebec.maillon.security.CurrentUser;

@Path("/api/v1/privacy")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Privacy", description = "Loi 25: retention and anonymization, access requests, confidentiality incidents")
public class PrivacyResource {

    @Inject
    RetentionService retention;

    @Inject
    PersonService persons;

    @Inject
    IncidentService incidents;

    @Inject
    IdempotencyService idempotency;

    @Inject
    CurrentUser user;

    @GET
    @Path("/retention")
    @RolesAllowed({"admin"})
    @Operation(operationId = "getRetentionSettings", summary = "Retention settings of my establishment", description = "Role: admin.")
    @APIResponse(responseCode = "200", description = "The settings; the ETag is for If-Match.",
            content = @Content(schema = @Schema(implementation = IncidentDtos.Retention.class)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    public Response getRetention() {
        RetentionService.Settings s = retention.settings(user.establishment());
        return Response.ok(new IncidentDtos.Retention(s.contactRetentionYears())).tag(Etags.tag(s.version())).build();
    }

    @PUT
    @Path("/retention")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"admin"})
    @Operation(operationId = "updateRetentionSettings", summary = "Change the retention period",
            description = "Contact people are anonymized N years after the last dealings with their organization (1 to 50; default 7). Needs If-Match. Role: admin.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "sevenYears", value = "{\"contactRetentionYears\": 7}")))
    @APIResponse(responseCode = "200", description = "Changed.", content = @Content(schema = @Schema(implementation = IncidentDtos.Retention.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "422", ref = "ValidationFailed")
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    public Response updateRetention(@HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull IncidentDtos.Retention in) {
        RetentionService.Settings s = retention.updateSettings(user.actor(), user.establishment(), ifMatch, in.contactRetentionYears());
        return Response.ok(new IncidentDtos.Retention(s.contactRetentionYears())).tag(Etags.tag(s.version())).build();
    }

    @POST
    @Path("/anonymize-run")
    @RolesAllowed({"admin"})
    @Operation(operationId = "runAnonymization", summary = "Run the retention rule now (or see what it would do)",
            description = "Anonymizes the contact people whose organization has had no dealings with the service for the "
                    + "retention period: name becomes «Contact anonymisé», role, email and phone are erased; the rows stay, "
                    + "so every count in reports stays the same. Dealings: a change to the organization, a request received or "
                    + "decided, an activity on an intervention supporting it, a membership in a concertation (ongoing ones "
                    + "count as today). With dryRun=true (the default) nothing changes. The same rule runs every night. Role: admin.")
    @APIResponse(responseCode = "200", description = "What was (or would be) anonymized.",
            content = @Content(schema = @Schema(implementation = IncidentDtos.Run.class)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    public IncidentDtos.Run anonymize(
            @Parameter(description = "true: only list what would be anonymized.") @QueryParam("dryRun") @DefaultValue("true") boolean dryRun) {
        String est = user.establishment();
        LocalDate today = quebec.maillon.common.Dates.today();
        int years = retention.settings(est).contactRetentionYears();
        List<RetentionService.Candidate> done = dryRun ? retention.candidates(est, today) : retention.anonymize(user.actor(), est, today);
        return new IncidentDtos.Run(dryRun, years, today.minusYears(years), done.stream()
                .map(c -> new IncidentDtos.RunItem(c.contactId(), c.organizationId(), c.organizationName(), c.lastDealings())).toList());
    }

    @GET
    @Path("/persons")
    @RolesAllowed({"admin"})
    @Operation(operationId = "exportPerson", summary = "Everything held about a person",
            description = "For an access request (Loi 25): every contact-person record, organizer-directory entry and "
                    + "authored audit entry count for this email in my establishment, as structured JSON. The search is "
                    + "itself recorded in the audit trail. Role: admin.")
    @APIResponse(responseCode = "200", description = "The export (empty lists when nothing is held).",
            content = @Content(schema = @Schema(implementation = PersonExport.class)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "422", ref = "ValidationFailed")
    public PersonExport person(
            @Parameter(description = "The person's email.", required = true, example = "marie.tremblay@demo.maillon.quebec")
            @QueryParam("email") @NotBlank @Email String email) {
        return persons.export(email);
    }

    @GET
    @Path("/incidents")
    @RolesAllowed({"admin"})
    @Operation(operationId = "listPrivacyIncidents", summary = "The confidentiality-incident register", description = "Role: admin.")
    @APIResponse(responseCode = "200", description = "A page of incidents.")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "422", ref = "ValidationFailed")
    public IncidentDtos.PageView listIncidents(@QueryParam("cursor") String cursor, @QueryParam("limit") Integer limit) {
        return incidents.list(cursor, limit);
    }

    @GET
    @Path("/incidents/{id}")
    @RolesAllowed({"admin"})
    @Operation(operationId = "getPrivacyIncident", summary = "One incident", description = "Role: admin.")
    @APIResponse(responseCode = "200", description = "The incident.", content = @Content(schema = @Schema(implementation = IncidentDtos.View.class)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response getIncident(@Parameter(example = "70000000-0000-4000-8000-000000000001") @PathParam("id") UUID id) {
        PrivacyIncident i = incidents.get(id);
        return Response.ok(IncidentDtos.View.of(i)).tag(Etags.tag(i.version)).build();
    }

    @POST
    @Path("/incidents")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"admin"})
    @Operation(operationId = "createPrivacyIncident", summary = "Record a confidentiality incident",
            description = "Accepts Idempotency-Key. Role: admin.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "misdirectedEmail", value = """
            {"occurredOn": "2026-10-02", "discoveredOn": "2026-10-03", "nature": "Courriel contenant la liste des personnes-ressources envoyé au mauvais destinataire", \
            "informationConcerned": "Noms, courriels et téléphones de 12 personnes-ressources", "personsConcernedCount": 12, \
            "riskLevel": "MODERATE", "riskAssessment": "Destinataire joint; il confirme la suppression du courriel.", "status": "OPEN"}""")))
    @APIResponse(responseCode = "201", description = "Recorded.", content = @Content(schema = @Schema(implementation = IncidentDtos.View.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "422", ref = "ValidationFailed")
    public Response createIncident(
            @Parameter(description = "Makes retries safe: the same key and body answer the first result.")
            @HeaderParam(IdempotencyService.HEADER) String key,
            @Valid @NotNull IncidentDtos.Input in) {
        IdempotencyService.Outcome outcome = idempotency.create(user.actor(), key, "POST /api/v1/privacy/incidents", in,
                id -> incidents.create(id, in));
        PrivacyIncident i = incidents.get(UUID.fromString(outcome.id()));
        return Response.created(URI.create("/api/v1/privacy/incidents/" + i.id)).entity(IncidentDtos.View.of(i))
                .tag(Etags.tag(i.version)).header(IdempotencyService.REPLAYED_HEADER, outcome.replayed() ? "true" : null).build();
    }

    @PUT
    @Path("/incidents/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"admin"})
    @Operation(operationId = "updatePrivacyIncident", summary = "Update an incident (assessment, notifications, closing)",
            description = "An incident with a SERIOUS risk can be closed only once the CAI and the persons are notified. Needs If-Match. Role: admin.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "close", value = """
            {"occurredOn": "2026-09-15", "discoveredOn": "2026-09-16", "nature": "Dossier papier égaré lors d'un déménagement de bureau", \
            "riskLevel": "LOW", "measures": "Dossier retrouvé le lendemain, intact.", "status": "CLOSED"}""")))
    @APIResponse(responseCode = "200", description = "Updated.", content = @Content(schema = @Schema(implementation = IncidentDtos.View.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "422", ref = "ValidationFailed")
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    public Response updateIncident(@Parameter(example = "70000000-0000-4000-8000-000000000001") @PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull IncidentDtos.Input in) {
        PrivacyIncident i = incidents.update(id, ifMatch, in);
        return Response.ok(IncidentDtos.View.of(i)).tag(Etags.tag(i.version)).build();
    }
}
