package quebec.maillon.request;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
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
import java.util.List;
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

@Path("/api/v1/requests")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Requests", description = "Service requests (demandes de service): intake, eligibility, priority and decision")
public class ServiceRequestResource {

    /** Demo requests (db/demo): each state-changing example targets its own, in the right state. */
    static final String RECEIVED_1 = "20000000-0000-4000-8000-000000000001";
    static final String RECEIVED_2 = "20000000-0000-4000-8000-000000000002";
    static final String TO_ACCEPT = "20000000-0000-4000-8000-000000000003";
    static final String TO_REFUSE = "20000000-0000-4000-8000-000000000004";
    static final String TO_WAITLIST = "20000000-0000-4000-8000-000000000005";
    static final String TO_ASSESS = "20000000-0000-4000-8000-000000000006";
    static final String ACCEPTED = "20000000-0000-4000-8000-000000000007";

    static final String ETAG_HEADER_DESCRIPTION = "Version of the record, for If-Match.";

    static final String LIFE_CYCLE = "\n\nLife cycle (POST .../transitions):\n\n"
            + "| From | To | Who | Needs |\n"
            + "|---|---|---|---|\n"
            + "| RECEIVED | UNDER_ANALYSIS | organizer (own territories or assigned), manager | |\n"
            + "| RECEIVED | WITHDRAWN | organizer (own territories or assigned), manager, integration | |\n"
            + "| UNDER_ANALYSIS, WAITLISTED | ACCEPTED | manager | `organizerId` (active, of the establishment, working in the "
            + "request's territory); eligibility assessed and met |\n"
            + "| UNDER_ANALYSIS | WAITLISTED | manager | eligibility assessed and met |\n"
            + "| UNDER_ANALYSIS, WAITLISTED | REFUSED | manager | `reasonCode` (see the refusal rule) |\n"
            + "| UNDER_ANALYSIS, WAITLISTED | WITHDRAWN | organizer (own territories or assigned), manager, integration | |\n\n"
            + "ACCEPTED, REFUSED and WITHDRAWN are final. Accepting assigns the lead organizer and opens the intervention "
            + "(status ACTIVE, titled «organization — service offered»), in the same transaction; its id is the request's "
            + "`interventionId`.\n\n"
            + "Refusal rule: a reason (code of the list refusal-reasons) is required. When the eligibility assessment failed "
            + "criteria, the reason must be one of theirs (eligibleRequester → REQUESTER_NOT_ADMISSIBLE, eligibleHealthField → "
            + "OUTSIDE_HEALTH_FIELD, notReligious → RELIGIOUS, notPoliticalParty → POLITICAL_PARTY, notSolelyRecreational → "
            + "RECREATIONAL_ONLY; the request's `eligibility.matchingRefusalReasons` lists them); these five reasons are "
            + "accepted only for a criterion the assessment failed. Other reasons (OTHER_RESOURCE, NO_CAPACITY) refuse "
            + "eligible requests or requests not assessed.";

    @Inject
    ServiceRequestService service;

    @Inject
    IdempotencyService idempotency;

    @Inject
    CurrentUser user;

    @GET
    @RolesAllowed({"organizer", "manager", "admin", "integration"})
    @Operation(operationId = "listRequests", summary = "List the requests of my establishment",
            description = "Filters combine (AND); `status` and `priorityLevel` take several values (repeated or "
                    + "comma-separated). A manager's triage queue: `status=RECEIVED,UNDER_ANALYSIS&sort=priority`.\n\n"
                    + "Sorts, each stable for cursor paging: `-receivedOn` (default: newest first, then id), `receivedOn` "
                    + "(oldest first), `priority` (HIGH, MEDIUM, LOW, then not assessed; higher score first; then oldest "
                    + "received first), `updatedAt` (oldest change first, then id; the default with `updatedSince`, for "
                    + "sync).\n\nSynchronization: with `updatedSince` (or `sort=updatedAt`) the list is one pass of a sync feed: "
                    + "every page covers the same window (the cursor carries it) and the last page carries `nextUpdatedSince`, "
                    + "the `updatedSince` of the next pass, so that no request is missed or repeated even while requests change "
                    + "(docs/sync.md). Intake, assessments, decisions and the opening of the intervention all change "
                    + "`updatedAt`. `q` matches part of the need or of the organization's name, accents and case ignored. "
                    + "Roles: organizer, manager, admin, integration (reporting: 403).")
    @APIResponse(responseCode = "200", description = "A page of requests.")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "422", ref = "ValidationFailed")
    public ServiceRequestPage list(
            @Parameter(description = "Statuses (repeat the parameter, or separate them with commas: `status=RECEIVED,UNDER_ANALYSIS`).",
                    examples = @ExampleObject(name = "triageQueue", value = "[\"RECEIVED\", \"UNDER_ANALYSIS\"]"),
                    schema = @Schema(type = SchemaType.ARRAY, implementation = RequestStatus.class))
            @QueryParam("status") List<String> status,
            @Parameter(description = "Territory code.", example = "LAN-JOLIETTE") @QueryParam("territory") String territory,
            @Parameter(description = "Code of the list service-offers.", example = "ORGANIZATION_SUPPORT") @QueryParam("serviceOffer") String serviceOffer,
            @Parameter(description = "Priority levels (repeat the parameter, or separate them with commas).",
                    examples = @ExampleObject(name = "high", value = "[\"HIGH\"]"),
                    schema = @Schema(type = SchemaType.ARRAY, implementation = PriorityLevel.class))
            @QueryParam("priorityLevel") List<String> priorityLevel,
            @Parameter(description = "Id of the assigned (lead) organizer.", example = "60000000-0000-4000-8000-000000000001",
                    schema = @Schema(type = SchemaType.STRING, format = "uuid"))
            @QueryParam("assignedOrganizer") String assignedOrganizer,
            @Parameter(description = "Id of the requesting organization.", example = "10000000-0000-4000-8000-000000000002",
                    schema = @Schema(type = SchemaType.STRING, format = "uuid"))
            @QueryParam("organization") String organization,
            @Parameter(description = "Received on or after this date.", example = "2026-09-01",
                    schema = @Schema(type = SchemaType.STRING, format = "date"))
            @QueryParam("receivedFrom") String receivedFrom,
            @Parameter(description = "Received on or before this date.", example = "2026-12-31",
                    schema = @Schema(type = SchemaType.STRING, format = "date"))
            @QueryParam("receivedTo") String receivedTo,
            @Parameter(description = "Synchronization: only requests created or changed at or after this instant (RFC 3339): the "
                    + "`nextUpdatedSince` of the previous pass, or 1970-01-01T00:00:00Z for a full copy. Sorts by updatedAt "
                    + "unless `sort` says otherwise.", example = "2026-01-01T00:00:00Z",
                    schema = @Schema(type = SchemaType.STRING, format = "date-time"))
            @QueryParam("updatedSince") String updatedSince,
            @Parameter(description = "Part of the need or of the organization's name, accents and case ignored.", example = "jeunes")
            @QueryParam("q") String q,
            @Parameter(description = "Order of the list.", schema = @Schema(type = SchemaType.STRING,
                    enumeration = {"-receivedOn", "receivedOn", "priority", "updatedAt"}))
            @QueryParam("sort") String sort,
            @Parameter(description = "The nextCursor of the previous page (same filters and sort).") @QueryParam("cursor") String cursor,
            @Parameter(description = "Page size, 1 to 200 (default 50).") @QueryParam("limit") Integer limit) {
        ServiceRequestService.Filter filter = new ServiceRequestService.Filter(
                QueryValues.enumList("status", status, RequestStatus.class), territory, serviceOffer,
                QueryValues.enumList("priorityLevel", priorityLevel, PriorityLevel.class),
                QueryValues.uuid("assignedOrganizer", assignedOrganizer), QueryValues.uuid("organization", organization),
                QueryValues.date("receivedFrom", receivedFrom), QueryValues.date("receivedTo", receivedTo),
                QueryValues.dateTime("updatedSince", updatedSince), q);
        return service.list(filter, ServiceRequestService.Sort.of(sort), cursor, limit);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({"organizer", "manager", "admin", "integration"})
    @Operation(operationId = "getRequest", summary = "One request",
            description = "With its eligibility assessment, current priority, allowed transitions and, once accepted, its "
                    + "lead organizer and intervention. Another establishment's request answers 404. "
                    + "Roles: organizer, manager, admin, integration.")
    @APIResponse(responseCode = "200", description = "The request; its ETag is for If-Match.",
            headers = @Header(name = "ETag", description = ETAG_HEADER_DESCRIPTION, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = ServiceRequestDto.class)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response get(@Parameter(example = ACCEPTED) @PathParam("id") UUID id) {
        return ok(service.get(id));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"organizer", "manager", "integration"})
    @Operation(operationId = "createRequest", summary = "Receive a request (intake)",
            description = "Records a request as RECEIVED (the reception is the first entry of its history). The requester "
                    + "is an existing organization of the establishment (`organizationId`, not archived) or a new one "
                    + "(`organization`, created in the same transaction); the contact is an existing contact of it "
                    + "(`contactId`) or a new one added to it (`contact`). Codes are checked against their reference lists "
                    + "(422 naming the field). Send an `Idempotency-Key` to retry safely: a retry with the same key and body "
                    + "answers the request created first (201, `Idempotent-Replayed: true`), never a duplicate; the same "
                    + "key with another body answers 422. Roles: organizer (any territory of their establishment), manager, "
                    + "integration.")
    @RequestBody(content = @Content(examples = {
        @ExampleObject(name = "existingOrganization", summary = "From an organization already known",
                value = "{\"organizationId\": \"10000000-0000-4000-8000-000000000002\", \"contactId\": \"11000000-0000-4000-8000-000000000002\", "
                        + "\"receivedOn\": \"2026-11-16\", \"channel\": \"EMAIL\", \"territory\": \"LAN-JOLIETTE\", "
                        + "\"serviceOffer\": \"ORGANIZATION_SUPPORT\", \"need\": \"Nous voulons revoir nos règlements généraux avant "
                        + "notre assemblée générale de juin.\", \"populations\": [\"LOW_INCOME\"], \"determinants\": [\"SOCIAL_ENVIRONMENT\"]}"),
        @ExampleObject(name = "newOrganization", summary = "From a citizen group not known yet, with its contact",
                value = "{\"organization\": {\"type\": \"CITIZEN_GROUP\", \"name\": \"Collectif citoyen du Vieux-Terrebonne\", "
                        + "\"territory\": \"LAN-MOULINS\", \"address\": {\"city\": \"Terrebonne\"}}, \"contact\": {\"name\": \"Mélanie Roy\", "
                        + "\"role\": \"Porte-parole\", \"email\": \"melanie.roy@exemple.org\"}, \"receivedOn\": \"2026-11-18\", "
                        + "\"channel\": \"PHONE\", \"territory\": \"LAN-MOULINS\", \"serviceOffer\": \"COMMUNITY_INITIATIVES\", "
                        + "\"need\": \"Des citoyens veulent créer un jardin collectif pour les familles du quartier.\", "
                        + "\"populations\": [\"FAMILIES\"], \"determinants\": [\"FOOD_SECURITY\", \"SOCIAL_ENVIRONMENT\"]}")}))
    @APIResponse(responseCode = "201", description = "Received (or, with a replayed Idempotency-Key, the request created first).",
            headers = {
                @Header(name = "Location", description = "URL of the request.", schema = @Schema(type = SchemaType.STRING)),
                @Header(name = "ETag", description = ETAG_HEADER_DESCRIPTION, schema = @Schema(type = SchemaType.STRING)),
                @Header(name = "Idempotent-Replayed", description = "`true` when this answers an earlier request with the same Idempotency-Key.",
                        schema = @Schema(type = SchemaType.STRING))},
            content = @Content(schema = @Schema(implementation = ServiceRequestDto.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "ValidationFailed")
    @Transactional
    public Response create(
            @Parameter(description = "Any unique string (a UUID is a good key) to make retries safe.")
            @HeaderParam(IdempotencyService.HEADER) String idempotencyKey,
            @NotNull ServiceRequestInput input) {
        IdempotencyService.Outcome outcome = idempotency.create(user.actor(), idempotencyKey, "createRequest", input,
                id -> service.create(id, input));
        ServiceRequest r = service.get(UUID.fromString(outcome.id()));
        Response.ResponseBuilder response = Response.created(URI.create("/api/v1/requests/" + r.id))
                .entity(service.view(r)).tag(Etags.tag(r.version));
        if (outcome.replayed()) {
            response.header(IdempotencyService.REPLAYED_HEADER, "true");
        }
        return response.build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"organizer", "manager", "integration"})
    @Operation(operationId = "updateRequest", summary = "Correct a request's intake",
            description = "Replaces the intake fields (requester, contact, date, channel, territory, service, need, "
                    + "populations, determinants) while the request is open (RECEIVED, UNDER_ANALYSIS, WAITLISTED; 409 "
                    + "otherwise). Needs If-Match (428 without, 412 when stale: of two updates sent with the same ETag, one "
                    + "wins and the other answers 412, nothing lost). Roles: organizer (requests of their territories or "
                    + "assigned to them), manager, integration.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "correctNeed",
            value = "{\"organizationId\": \"10000000-0000-4000-8000-000000000004\", \"contactId\": \"11000000-0000-4000-8000-000000000004\", "
                    + "\"receivedOn\": \"2026-10-27\", \"channel\": \"EMAIL\", \"territory\": \"LAN-JOLIETTE\", "
                    + "\"serviceOffer\": \"GOVERNMENT_PROGRAMS\", \"need\": \"Accompagnement de trois écoles primaires dans "
                    + "l'implantation de l'approche École en santé, en tandem avec le milieu scolaire.\", "
                    + "\"populations\": [\"YOUTH\", \"FAMILIES\"], \"determinants\": [\"EDUCATION\", \"LIFESTYLE\"]}")))
    @APIResponse(responseCode = "200", description = "Updated.",
            headers = @Header(name = "ETag", description = ETAG_HEADER_DESCRIPTION, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = ServiceRequestDto.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "422", ref = "ValidationFailed")
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    @Transactional
    public Response update(@Parameter(example = TO_ASSESS) @PathParam("id") UUID id,
            @Parameter(description = "The ETag of the request as read.", required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull ServiceRequestInput input) {
        return ok(service.update(id, ifMatch, input));
    }

    @PUT
    @Path("/{id}/eligibility")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"organizer", "manager"})
    @Operation(operationId = "assessRequestEligibility", summary = "Record the eligibility assessment",
            description = "The five criteria of the service (seed 003), each true when met: the requester is of an "
                    + "admissible type; the action is in the field of health and social services with a bearing on the "
                    + "social determinants of health; it is not religious; not political (party); not solely recreational "
                    + "or a social club. Failing any one makes the request ineligible: it can then only be refused with a "
                    + "matching reason (or withdrawn). Can be revised while the request is open (409 otherwise). Needs "
                    + "If-Match. Roles: organizer (requests of their territories or assigned to them), manager.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "eligible",
            value = "{\"eligibleRequester\": true, \"eligibleHealthField\": true, \"notReligious\": true, "
                    + "\"notPoliticalParty\": true, \"notSolelyRecreational\": true, \"note\": \"Centre de services scolaire; "
                    + "programme de promotion de la santé.\"}")))
    @APIResponse(responseCode = "200", description = "Recorded.",
            headers = @Header(name = "ETag", description = ETAG_HEADER_DESCRIPTION, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = ServiceRequestDto.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "422", ref = "ValidationFailed")
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    @Transactional
    public Response assessEligibility(@Parameter(example = TO_ASSESS) @PathParam("id") UUID id,
            @Parameter(description = "The ETag of the request as read.", required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull EligibilityInput input) {
        return ok(service.assessEligibility(id, ifMatch, input));
    }

    @PUT
    @Path("/{id}/priority")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"organizer", "manager"})
    @Operation(operationId = "assessRequestPriority", summary = "Assess (or revise) the request's priority",
            description = "One score from 0 to 3 for every active priority criterion of the establishment "
                    + "(GET /api/v1/priority-criteria). total = Σ weight × score and max = Σ weight × 3 over those criteria; "
                    + "the level is HIGH when total ≥ 2/3 of max, MEDIUM when total ≥ 1/3 of max, LOW otherwise. Each "
                    + "assessment is kept (GET .../priority/history); the latest sets the request's `priorityLevel` and "
                    + "`priorityScore`. Allowed while the request is open (409 otherwise). Needs If-Match. "
                    + "Roles: organizer (requests of their territories or assigned to them), manager.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "assessment",
            value = "{\"scores\": [{\"criterion\": \"DISADVANTAGED_POPULATIONS\", \"score\": 2}, {\"criterion\": \"COLLECTIVE_PROBLEM\", \"score\": 2}, "
                    + "{\"criterion\": \"PUBLIC_HEALTH_PRIORITY\", \"score\": 3}, {\"criterion\": \"NO_OTHER_RESOURCE\", \"score\": 1}, "
                    + "{\"criterion\": \"URGENCY\", \"score\": 1}, {\"criterion\": \"EMPOWERMENT\", \"score\": 2}], "
                    + "\"note\": \"Programme de santé publique; les écoles sont déjà mobilisées.\"}")))
    @APIResponse(responseCode = "200", description = "Assessed.",
            headers = @Header(name = "ETag", description = ETAG_HEADER_DESCRIPTION, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = ServiceRequestDto.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "422", ref = "ValidationFailed")
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    @Transactional
    public Response assessPriority(@Parameter(example = TO_ASSESS) @PathParam("id") UUID id,
            @Parameter(description = "The ETag of the request as read.", required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull PriorityAssessmentInput input) {
        return ok(service.assessPriority(id, ifMatch, input));
    }

    @GET
    @Path("/{id}/priority/history")
    @RolesAllowed({"organizer", "manager", "admin", "integration"})
    @Operation(operationId = "listRequestPriorityAssessments", summary = "The request's priority assessments",
            description = "Every assessment, oldest first, with each criterion's weight (as it was then) and score; the last "
                    + "is the current one. Roles: organizer, manager, admin, integration.")
    @APIResponse(responseCode = "200", description = "The assessments.")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public PriorityAssessmentPage priorityHistory(@Parameter(example = TO_ACCEPT) @PathParam("id") UUID id) {
        return service.priorityHistory(id);
    }

    @POST
    @Path("/{id}/transitions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"organizer", "manager", "integration"})
    @Operation(operationId = "transitionRequest", summary = "Move a request along its life cycle (decide, withdraw, ...)",
            description = "A transition not allowed from the current status answers 409 (type `transition-not-allowed`) "
                    + "with the allowed ones in `detail` (the request's `allowedTransitions` lists them too). Accepting "
                    + "without `organizerId`, or with an organizer who is inactive, of another establishment or not of the "
                    + "request's territory, answers 422 on `organizerId`; refusing without a matching reason answers 422 on "
                    + "`reasonCode`; accepting or waitlisting a request whose eligibility is not assessed or not met answers "
                    + "409. Every transition is kept (GET .../history) and audited. Needs If-Match. Roles: manager (every "
                    + "transition), organizer (UNDER_ANALYSIS and WITHDRAWN, on requests of their territories or assigned to "
                    + "them), integration (WITHDRAWN); others answer 403." + LIFE_CYCLE)
    @RequestBody(content = @Content(examples = {
        @ExampleObject(name = "startAnalysis", summary = "RECEIVED → UNDER_ANALYSIS (request …0001)",
                value = "{\"to\": \"UNDER_ANALYSIS\", \"note\": \"Analyse confiée à l'équipe de D'Autray.\"}"),
        @ExampleObject(name = "withdraw", summary = "RECEIVED → WITHDRAWN (request …0002)",
                value = "{\"to\": \"WITHDRAWN\", \"note\": \"Le demandeur a trouvé du soutien auprès de sa fédération.\"}"),
        @ExampleObject(name = "accept", summary = "UNDER_ANALYSIS → ACCEPTED (request …0003), lead organizer Marie Tremblay",
                value = "{\"to\": \"ACCEPTED\", \"organizerId\": \"60000000-0000-4000-8000-000000000001\", "
                        + "\"note\": \"Priorité élevée; Marie prend le dossier.\"}"),
        @ExampleObject(name = "refuse", summary = "UNDER_ANALYSIS → REFUSED (request …0004, not eligible: solely recreational)",
                value = "{\"to\": \"REFUSED\", \"reasonCode\": \"RECREATIONAL_ONLY\", "
                        + "\"note\": \"Festival uniquement récréatif; référé au service des loisirs de la MRC.\"}"),
        @ExampleObject(name = "waitlist", summary = "UNDER_ANALYSIS → WAITLISTED (request …0005)",
                value = "{\"to\": \"WAITLISTED\", \"note\": \"Admissible; reprise en janvier selon la capacité de l'équipe.\"}")}))
    @APIResponse(responseCode = "200", description = "Moved; the request as it now stands.",
            headers = @Header(name = "ETag", description = ETAG_HEADER_DESCRIPTION, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = ServiceRequestDto.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "TransitionNotAllowed")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "422", ref = "ValidationFailed")
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    @Transactional
    public Response transition(
            @Parameter(description = "The request (each example above targets its own demo request).", examples = {
                @ExampleObject(name = "startAnalysis", value = RECEIVED_1),
                @ExampleObject(name = "withdraw", value = RECEIVED_2),
                @ExampleObject(name = "accept", value = TO_ACCEPT),
                @ExampleObject(name = "refuse", value = TO_REFUSE),
                @ExampleObject(name = "waitlist", value = TO_WAITLIST)})
            @PathParam("id") UUID id,
            @Parameter(description = "The ETag of the request as read.", required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull RequestTransitionInput input) {
        return ok(service.transition(id, ifMatch, input));
    }

    @GET
    @Path("/{id}/history")
    @RolesAllowed({"organizer", "manager", "admin", "integration"})
    @Operation(operationId = "listRequestTransitions", summary = "The request's history",
            description = "Every transition, oldest first (the first is the reception): who, when, from, to, reason and "
                    + "note. Roles: organizer, manager, admin, integration.")
    @APIResponse(responseCode = "200", description = "The history.")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public RequestTransitionPage history(@Parameter(example = ACCEPTED) @PathParam("id") UUID id) {
        return service.history(id);
    }

    /** The answer of a read or a write; writes call it inside their transaction (one connection, names from the same snapshot). */
    private Response ok(ServiceRequest r) {
        return Response.ok(service.view(r)).tag(Etags.tag(r.version)).build();
    }
}
