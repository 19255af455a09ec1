package quebec.maillon.request;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
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

@Path("/api/v1/priority-criteria")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Priority criteria", description = "The weighted criteria that set a request's priority, per establishment")
public class PriorityCriterionResource {

    @Inject
    PriorityCriterionService service;

    @GET
    @RolesAllowed({"organizer", "manager", "admin", "integration"})
    @Operation(operationId = "listPriorityCriteria", summary = "The priority criteria of my establishment",
            description = "Every criterion, active or not, in its order. A priority assessment scores each active one from "
                    + "0 to 3; total = Σ weight × score, max = Σ weight × 3; HIGH when total ≥ 2/3 of max, MEDIUM when "
                    + "total ≥ 1/3, LOW otherwise. The ETag of the set is for If-Match on PUT. "
                    + "Roles: organizer, manager, admin, integration.")
    @APIResponse(responseCode = "200", description = "The criteria.",
            headers = @Header(name = "ETag", description = "Version of the set, for If-Match.", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = PriorityCriterionPage.class)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    public Response list() {
        return page(service.all());
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"admin"})
    @Operation(operationId = "replacePriorityCriteria", summary = "Change the priority criteria (weights, labels, order)",
            description = "Replaces the establishment's set: criteria are created or changed, in the order given; criteria "
                    + "left out are deactivated, never deleted (earlier assessments keep their weights). At least one "
                    + "active criterion must weigh more than 0. New weights apply to the assessments made from now on. "
                    + "Needs If-Match with the set's ETag (428 without, 412 when stale). Role: admin.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "raiseUrgency",
            value = "{\"items\": ["
                    + "{\"code\": \"DISADVANTAGED_POPULATIONS\", \"labelFr\": \"Rejoint des populations désavantagées\", \"labelEn\": \"Reaches disadvantaged populations\", \"weight\": 3}, "
                    + "{\"code\": \"COLLECTIVE_PROBLEM\", \"labelFr\": \"Problème collectif identifié par la communauté elle-même\", \"labelEn\": \"Collective problem identified by the community itself\", \"weight\": 3}, "
                    + "{\"code\": \"PUBLIC_HEALTH_PRIORITY\", \"labelFr\": \"Cohérence avec les priorités de santé publique (PARI-SP)\", \"labelEn\": \"Fits public-health priorities (PARI-SP)\", \"weight\": 2}, "
                    + "{\"code\": \"NO_OTHER_RESOURCE\", \"labelFr\": \"Aucune autre ressource ne peut répondre\", \"labelEn\": \"No other resource can answer\", \"weight\": 2}, "
                    + "{\"code\": \"URGENCY\", \"labelFr\": \"Urgence de la situation\", \"labelEn\": \"Urgency\", \"weight\": 2}, "
                    + "{\"code\": \"EMPOWERMENT\", \"labelFr\": \"Potentiel de développement du pouvoir d'agir\", \"labelEn\": \"Potential for empowerment (pouvoir d'agir)\", \"weight\": 2}]}")))
    @APIResponse(responseCode = "200", description = "The criteria as they now stand.",
            headers = @Header(name = "ETag", description = "New version of the set.", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = PriorityCriterionPage.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "422", ref = "ValidationFailed")
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    public Response replace(
            @Parameter(description = "The ETag of the set as read.", required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull PriorityCriteriaInput input) {
        return page(service.replace(ifMatch, input));
    }

    private static Response page(List<PriorityCriterion> list) {
        return Response.ok(new PriorityCriterionPage(list.stream().map(PriorityCriterionDto::of).toList()))
                .tag(Etags.tag(PriorityCriterionService.version(list))).build();
    }
}
