package quebec.maillon.reference;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import quebec.maillon.common.QueryValues;
import quebec.maillon.security.CurrentUser;

@Authenticated
@Path("/api/v1/reference")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reference", description = "Reference lists with French and English labels")
public class ReferenceResource {

    @Inject
    ReferenceService service;

    @Inject
    CurrentUser user;

    @GET
    @Operation(operationId = "listReferenceKinds", summary = "List the reference lists",
            description = "The reference lists that /api/v1/reference/{kind} serves. Any role may call it.")
    @APIResponse(responseCode = "200", description = "The lists.")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    public ReferenceKindsDto kinds() {
        return new ReferenceKindsDto(service.kinds());
    }

    @GET
    @Path("/{kind}")
    @Operation(operationId = "getReferenceList", summary = "Get one reference list",
            description = "The entries of a reference list with French and English labels. `territories` answers the "
                    + "caller's establishment's territories (MRC or RLS). Any role may call it.")
    @APIResponse(responseCode = "200", description = "The list.")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "422", ref = "ValidationFailed")
    public ReferenceListDto list(
            @Parameter(description = "The list.", example = "determinants", schema = @Schema(type = SchemaType.STRING, enumeration = {
                    "territories", "service-offers", "axes", "intervention-types", "determinants", "populations",
                    "professional-acts", "organization-types", "concertation-kinds", "concertation-themes",
                    "refusal-reasons", "request-channels"}))
            @PathParam("kind") String kind,
            @Parameter(description = "Order of the entries: the list's own order (default) or alphabetical on a label "
                    + "(French labels sort by fr-CA rules: accents are secondary, so «Éducation» comes after «Eau»).")
            @Schema(enumeration = {"sortOrder", "labelFr", "labelEn"}, defaultValue = "sortOrder")
            @QueryParam("sort") @DefaultValue("sortOrder") String sort) {
        return service.list(kind, user.establishment(), QueryValues.enumValue("sort", sort, ReferenceService.Sort.class));
    }
}
